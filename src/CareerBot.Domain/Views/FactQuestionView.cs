using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Domain.Views;

/// <summary>
/// A fact question (years, scope, team, AI) with the choices to tap, in the turn's language. A typed answer works
/// too. With a <see cref="Suggestion"/>, the user already stated the fact and can confirm it with one tap.
/// </summary>
public sealed record FactQuestionView(
    string QuestionId,
    InterviewProgress Progress,
    string Prompt,
    string Hint,
    IReadOnlyList<AnswerChoice> Choices,
    SuggestedAnswer? Suggestion) : View
{
    public static FactQuestionView For(Question question, InterviewProgress progress, FactReading? suggestion, Language language, CareerContent content)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new FactQuestionView(
            question.Id,
            progress,
            question.Prompt[language],
            question.Hint[language],
            [.. question.Choices.Select(c => new AnswerChoice(c.Label[language], c.Value))],
            suggestion is null ? null : SuggestedAnswer.For(question, suggestion, language, content));
    }
}

/// <summary>One choice of a fact question: what is shown, and the value a tap sends back under the question id.</summary>
public sealed record AnswerChoice(string Label, string Value);
