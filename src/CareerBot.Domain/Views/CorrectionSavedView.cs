namespace CareerBot.Domain.Views;

/// <summary>
/// The user's "that's not me" correction was kept: the message says what counts from now on. Its own view, not a
/// plain message, so a renderer can show it as the confirmation it is.
/// </summary>
public sealed record CorrectionSavedView(RichText Message) : View;
