namespace CareerBot.Domain.Views;

/// <summary>Something the bot says: an acknowledgement, a re-prompt, a summary.</summary>
public sealed record MessageView(RichText Text) : View;
