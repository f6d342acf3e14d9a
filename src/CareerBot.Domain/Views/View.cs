namespace CareerBot.Domain.Views;

/// <summary>
/// What the bot shows the user, as meaning rather than markup: each channel's renderer turns a view into its own
/// wire format (an Adaptive Card and markdown for Teams and Web Chat). Text in a view is in the turn's language and
/// structured as <see cref="RichText"/>, never channel markup. New kinds of reply (a check-in, progress, 1:1 prep, a
/// consent request, the user's data) are new views; every renderer then says how it shows them.
/// </summary>
public abstract record View;
