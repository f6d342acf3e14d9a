using CareerBot.Domain.Views;

namespace CareerBot.Domain.Interview;

/// <summary>
/// The views a turn shows, in reading order, and what the channel edge must keep beyond the conversation: a finished
/// assessment for the user's history, or a correction of one.
/// </summary>
public sealed record TurnOutcome(IReadOnlyList<View> Views, CompletedAssessment? Completed = null, CorrectedResult? Correction = null)
{
    /// <summary>
    /// For a tap from a card that is replaced in place (<see cref="UserTurn.CardInPlace"/>): what that card shows from
    /// now on (a question in its answered form, the result with its evidence). Null: the card stays as it is.
    /// </summary>
    public View? Replacement { get; init; }
}
