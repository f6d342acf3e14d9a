using CareerBot.Domain.Interview;

namespace CareerBot.Domain.People;

/// <summary>What the bot keeps about a person across conversations: every finished assessment, with its correction.</summary>
public sealed class PersonProfile
{
    /// <summary>
    /// Assessments kept, the oldest dropped first: years of check-ins fit, and one person cannot grow their document
    /// (read on every finished interview) without limit.
    /// </summary>
    public const int MaxHistory = 50;

    public List<CompletedAssessment> History { get; set; } = [];

    /// <summary>Adds a finished assessment, or files a correction beside the assessment it corrects.</summary>
    public void Keep(TurnOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Completed is not null && History.TrueForAll(h => h.Id != outcome.Completed.Id))
        {
            History.Add(outcome.Completed);
            if (History.Count > MaxHistory)
            {
                History.RemoveRange(0, History.Count - MaxHistory);
            }
        }

        if (outcome.Correction is { } correction && History.Find(h => h.Id == correction.AssessmentId) is { } corrected)
        {
            corrected.Correction = correction;
        }
    }
}
