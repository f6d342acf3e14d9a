using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Domain.Cards;

/// <summary>"3/8": where the user is in the interview.</summary>
public sealed record InterviewProgress(int Current, int Total)
{
    public override string ToString() => $"{Current}/{Total}";
}

/// <summary>Builds every card the bot sends from the typed card model. PLACEHOLDER: replaced by the cards work.</summary>
public sealed class CardComposer
{
    private readonly CareerContent _content;

    public CardComposer(CareerContent content) => _content = content;

    /// <summary>The greeting: what the bot does, a Start button, and the language switch.</summary>
    public AdaptiveCard Welcome(Language language) => _content is null ? new() : new();

    /// <summary>
    /// A fact question as a choice card: an Input.ChoiceSet whose id is the question id and a submit action. With a
    /// suggestion (a fact already stated in an earlier answer), a one-tap confirm action and the quoted fragment.
    /// </summary>
    public AdaptiveCard FactQuestion(Question question, Language language, InterviewProgress progress, FactReading? suggestion) => _content is null ? new() : new();

    /// <summary>The result: track, ladder with current and target, next-level expectations, learning stage and links,
    /// "why this result" (evidence) and restart.</summary>
    public AdaptiveCard Result(Assessment assessment, Language language) => _content is null ? new() : new();
}
