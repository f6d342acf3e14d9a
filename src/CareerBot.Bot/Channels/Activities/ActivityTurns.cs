using CareerBot.Application.Identity;
using CareerBot.Application.Turns;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace CareerBot.Bot.Channels.Activities;

/// <summary>
/// A Bot Framework activity (Teams, Azure Bot Service, Web Chat over Direct Line) as the application core's
/// <see cref="Turn"/>: who and where from the fields the channel authenticated, what from the text and card data.
/// </summary>
internal static class ActivityTurns
{
    public static Turn ToTurn(Activity activity, TurnKind kind)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channel = Required(activity.ChannelId, "channelId");
        var conversationId = Required(activity.Conversation?.Id, "conversation.id");
        return new Turn(PersonOf(activity), new ConversationKey(channel, conversationId) { LegacyKey = $"{channel}/conversations/{conversationId}" }, kind, ActivityMapping.ToUserTurn(activity))
        {
            TimeZone = string.IsNullOrWhiteSpace(activity.LocalTimezone) ? null : activity.LocalTimezone,
            ActivityId = string.IsNullOrEmpty(activity.Id) ? null : activity.Id,
        };
    }

    /// <summary>
    /// The person behind the activity. In Teams: the Entra object id (the same person in every chat and with every
    /// bot) within the tenant, or the per-bot <c>from.id</c> where a client sends no object id. Elsewhere: the
    /// channel's user id (in Web Chat, the user the Direct Line token was issued to). The legacy key is where the SDK's
    /// UserState kept this user's state, so their history moves over.
    /// </summary>
    public static PersonKey PersonOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channel = Required(activity.ChannelId, "channelId");
        var fromId = Required(activity.From?.Id, "from.id");
        var (tenant, user) = channel == Microsoft.Bot.Connector.Channels.Msteams
            ? (TenantOf(activity), string.IsNullOrWhiteSpace(activity.From!.AadObjectId) ? fromId : activity.From.AadObjectId)
            : (null, fromId);
        return new PersonKey(channel, tenant, user) { LegacyKey = $"{channel}/users/{fromId}" };
    }

    /// <summary>The Teams tenant: <c>conversation.tenantId</c>, or <c>channelData.tenant.id</c> where only that is sent.</summary>
    private static string? TenantOf(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        return activity.ChannelData is JObject data ? data.ToObject<TeamsChannelData>()?.Tenant?.Id : null;
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"The activity has no {name}, so the turn has no key.") : value;
}
