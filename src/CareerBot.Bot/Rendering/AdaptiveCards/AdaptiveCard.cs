using System.Text.Json.Serialization;

namespace CareerBot.Bot.Rendering.AdaptiveCards;

/// <summary>
/// An Adaptive Card 1.5 (the highest version Teams renders): a body of elements and card-level actions. The typed
/// model serializes, through <see cref="AdaptiveCardJson"/>, to exactly the wire JSON a channel expects.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string CurrentVersion = "1.5";

    /// <summary>Always "AdaptiveCard"; written first, like every other type name of the wire format.</summary>
    [JsonPropertyOrder(-3)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = CurrentVersion;

    /// <summary>The BCP-47 language of the card's text ("zh-CN", "en-US").</summary>
    public string? Lang { get; init; }

    /// <summary>What a client that cannot render the card shows instead.</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    /// <summary>
    /// Universal Actions: how the host asks for the card's current form when one of <see cref="CardRefresh.UserIds"/>
    /// looks at it, so a live card never shows a stale state.
    /// </summary>
    public CardRefresh? Refresh { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    /// <summary>Card-level actions (Teams shows a limited number: keep them few).</summary>
    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }
}

/// <summary>
/// The card's refresh: the Action.Execute the host invokes, for these users only (Teams user ids, at most 60). Typed as
/// the base action so its JSON carries the "type" discriminator.
/// </summary>
public sealed record CardRefresh(AdaptiveAction Action, IReadOnlyList<string> UserIds);
