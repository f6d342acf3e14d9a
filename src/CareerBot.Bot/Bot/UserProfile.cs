using CareerBot.Domain.Interview;

namespace CareerBot.Bot.Bot;

/// <summary>What the bot keeps about a user across conversations: every finished assessment.</summary>
public sealed class UserProfile
{
    public List<CompletedAssessment> History { get; set; } = [];

    /// <summary>Adds a finished assessment, or files a correction beside the assessment it corrects.</summary>
    public void Keep(TurnOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Completed is not null)
        {
            History.Add(outcome.Completed);
        }

        if (outcome.Correction is { } correction && History.FirstOrDefault(h => h.Id == correction.AssessmentId) is { } corrected)
        {
            corrected.Correction = correction;
        }
    }
}
