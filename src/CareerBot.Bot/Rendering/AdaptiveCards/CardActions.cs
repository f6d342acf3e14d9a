using System.Text.Json.Nodes;

namespace CareerBot.Bot.Rendering.AdaptiveCards;

/// <summary>
/// How a host sends a card's taps back, and so how its buttons are written: Action.Submit (a message carrying the data:
/// Web Chat, every Bot Framework client), or in Teams Action.Execute with a verb per action and an Action.Submit
/// fallback, so the bot's answer can replace the tapped card in place, and the card is tied to its owner.
/// </summary>
public sealed record CardActions
{
    /// <summary>The data key naming the person a card was made for (their Teams user id).</summary>
    public const string OwnerKey = "owner";

    /// <summary>The verb of a question card's submit (commands' verbs are their names).</summary>
    public const string AnswerVerb = "answer";

    /// <summary>The verb of a one-tap confirmation of a fact the user already stated.</summary>
    public const string ConfirmVerb = "confirm";

    private CardActions(string? ownerId) => OwnerId = ownerId;

    /// <summary>Action.Submit only.</summary>
    public static CardActions Submit { get; } = new((string?)null);

    /// <summary>The channel user id (Teams: "29:…") the cards are made for; null when taps are submitted.</summary>
    public string? OwnerId { get; }

    public bool Universal => OwnerId is not null;

    /// <summary>Action.Execute (and Action.Submit as fallback) for cards made for <paramref name="ownerId"/>.</summary>
    public static CardActions UniversalFor(string ownerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        return new(ownerId);
    }

    /// <summary>A button that sends <paramref name="data"/> back: submitted, or executed as <paramref name="verb"/>.</summary>
    public AdaptiveAction Tap(string verb, string title, JsonObject data, AssociatedInputs? inputs = null, ActionStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (OwnerId is null)
        {
            return new SubmitAction { Title = title, Data = data, AssociatedInputs = inputs, Style = style };
        }

        var owned = (JsonObject)data.DeepClone();
        owned[OwnerKey] = OwnerId;
        return new ExecuteAction
        {
            Title = title,
            Verb = verb,
            Data = owned,
            AssociatedInputs = inputs,
            Style = style,
            Fallback = new SubmitAction { Title = title, Data = (JsonObject)owned.DeepClone(), AssociatedInputs = inputs, Style = style },
        };
    }

    /// <summary>The refresh that keeps a live card current for its owner; none where taps are submitted.</summary>
    public CardRefresh? Refresh(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (OwnerId is null)
        {
            return null;
        }

        data[OwnerKey] = OwnerId;
        return new CardRefresh(new ExecuteAction { Verb = Domain.Views.ActionData.Commands.Refresh, Data = data }, [OwnerId]);
    }
}
