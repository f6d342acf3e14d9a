using CareerBot.Domain.Cards;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Bot.Bot;

/// <summary>The edge between Bot Framework activities and the domain's turns and replies.</summary>
internal static class ActivityMapping
{
    /// <summary>Reads what the user did: text (without an @mention of the bot) and the data of a tapped card.</summary>
    public static UserTurn ToUserTurn(Activity activity)
    {
        var text = activity.Text;
        if (!string.IsNullOrEmpty(text) && activity.Entities?.Count > 0)
        {
            text = activity.RemoveRecipientMention();
        }

        return new UserTurn(text, ReadData(activity.Value), Languages.FromLocale(activity.Locale));
    }

    /// <summary>Card submit data arrives as a JSON object in <c>value</c>; only its scalar fields matter here.</summary>
    private static Dictionary<string, string>? ReadData(object? value)
    {
        if (value is not JObject data)
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.Properties())
        {
            if (property.Value is JValue { Value: not null } scalar)
            {
                fields[property.Name] = Convert.ToString(scalar.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        return fields;
    }

    public static IActivity ToActivity(Reply reply, Language language)
    {
        var activity = reply switch
        {
            TextReply text => MessageFactory.Text(text.Text),
            CardReply card => CardActivity(card),
            _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, "Unknown reply type."),
        };
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.Locale = language.Tag();
        return activity;
    }

    private static Activity CardActivity(CardReply card)
    {
        var activity = (Activity)MessageFactory.Attachment(new Attachment
        {
            ContentType = AdaptiveCardJson.ContentType,

            // The card's JSON as it is: Newtonsoft writes a JRaw verbatim, where a parsed JObject would be built and
            // then walked again to write the reply (a tenth of a turn's CPU in bench/profile.sh --perf).
            Content = new JRaw(AdaptiveCardJson.Serialize(card.Card)),
        });
        activity.Summary = card.Summary;
        return activity;
    }
}
