using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CareerBot.Bot.Rendering.AdaptiveCards;

/// <summary>
/// A button. The JSON "type" discriminator is written first. (Not "CardAction": that is Microsoft.Bot.Schema's
/// hero-card button, and the bot project sees both namespaces.)
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
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

/// <summary>
/// Universal Actions: the host sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and
/// <see cref="Data"/> (merged with the card's inputs), and the bot's answer can replace the card in place. A client
/// without Universal Actions uses <see cref="Fallback"/>.
/// </summary>
public sealed record ExecuteAction : AdaptiveAction
{
    public string? Verb { get; init; }

    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }

    public AdaptiveAction? Fallback { get; init; }
}

public sealed record OpenUrlAction(Uri Url) : AdaptiveAction;

/// <summary>Reveals a nested card under the button.</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : AdaptiveAction;

public sealed record ToggleVisibilityAction(IReadOnlyList<string> TargetElements) : AdaptiveAction;
