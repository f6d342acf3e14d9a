namespace CareerBot.Domain.Views;

/// <summary>
/// A fact question's card once it takes no more answers: the question and what became of it, without inputs or
/// buttons. Channels that update a card in place show it where the question was, so an old card cannot answer again.
/// </summary>
/// <param name="Answer">The answer as the user reads it (a choice's label, their own words); null unless answered.</param>
/// <param name="Late">
/// The tap that asked for this came after the interview had moved on: nothing was changed, and the card says so.
/// </param>
public sealed record AnsweredQuestionView(string QuestionId, InterviewProgress Progress, string Prompt, AnsweredState State, string? Answer, bool Late) : View;

/// <summary>What became of a question a closed card asked.</summary>
public enum AnsweredState
{
    Answered,

    /// <summary>Skipped, by the user or after too many unusable answers.</summary>
    Skipped,

    /// <summary>Not answered in the interview as it stands (it was restarted, or finished without this card).</summary>
    Unanswered,
}
