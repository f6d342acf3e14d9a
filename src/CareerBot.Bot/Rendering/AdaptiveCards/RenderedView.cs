namespace CareerBot.Bot.Rendering.AdaptiveCards;

/// <summary>A view rendered for a Bot Framework message: text, or a card.</summary>
public abstract record RenderedView;

/// <summary>Bot Framework markdown: a message's text, or a paragraph of it.</summary>
public sealed record RenderedText(string Markdown) : RenderedView;

/// <summary>A card, with a plain summary for notifications and clients that cannot render cards.</summary>
public sealed record RenderedCard(AdaptiveCard Card, string Summary) : RenderedView;
