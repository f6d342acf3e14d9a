using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CareerBot.Bot.Rendering.AdaptiveCards;

/// <summary>
/// A button. The JSON "type" discriminator is written first. (Not "CardAction": that is Microsoft.Bot.Schema's
/// hero-card button, and the bot project sees both namespaces.)
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record AdaptiveAction
{
    [JsonPropertyOrder(-2)]
    public string? Id { get; init; }

    [JsonPropertyOrder(-1)]
    public string? Title { get; init; }

    public ActionStyle? Style { get; init; }

    public string? Tooltip { get; init; }
}

/// <summary>
/// Sends <see cref="Data"/> back to the bot (as the message activity's value), merged with the card's inputs unless
/// <see cref="AssociatedInputs"/> is none.
/// </summary>
public sealed record SubmitAction : AdaptiveAction
{
    public JsonObject? Data { get; init; }

    /// <summary>None: send no inputs and skip their validation (for skip and one-tap confirm buttons).</summary>
    public AssociatedInputs? AssociatedInputs { get; init; }
}

public sealed record OpenUrlAction(Uri Url) : AdaptiveAction;

/// <summary>Reveals a nested card under the button.</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : AdaptiveAction;

public sealed record ToggleVisibilityAction(IReadOnlyList<string> TargetElements) : AdaptiveAction;
