using CareerBot.Domain.Analysis;

namespace CareerBot.Domain.Interview;

public enum InterviewPhase
{
    NotStarted,
    Asking,
    Paused,
    Finished,
}

/// <summary>
/// One conversation's interview, persisted between turns (loaded and saved once per turn by the channel edge).
/// Mutable with public setters so any state serializer can round-trip it.
/// </summary>
public sealed class InterviewState
{
    /// <summary>The language the user is answering in ("zh-CN", "en-US"); null until first known.</summary>
    public string? LanguageTag { get; set; }

    public InterviewPhase Phase { get; set; }

    /// <summary>
    /// The id of the question being asked (not its position: content can be reordered under an interview in
    /// progress); null before the interview starts.
    /// </summary>
    public string? QuestionId { get; set; }

    /// <summary>Unusable answers given to the current question so far.</summary>
    public int Attempts { get; set; }

    /// <summary>A fact stated in an earlier answer that the current fact question offers to confirm.</summary>
    public FactReading? Suggestion { get; set; }

    public Dictionary<string, RecordedAnswer> Answers { get; set; } = [];

    /// <summary>Everything the user said during this interview, usable or not, so nothing is lost.</summary>
    public List<TranscriptEntry> Transcript { get; set; } = [];

    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>The last finished assessment of this conversation, which "that's not me" and "result" refer to.</summary>
    public Guid? LastAssessmentId { get; set; }

    public Assessment? LastResult { get; set; }

    public Assessment? LastCorrectedResult { get; set; }
}

/// <summary>An accepted answer: the user's own words and, for fact questions, the canonical value read from them.</summary>
public sealed class RecordedAnswer
{
    public string Text { get; set; } = string.Empty;

    public string? Value { get; set; }

    public bool Skipped { get; set; }

    /// <summary>What the analysis reads: the words of every answer that was not skipped, by question id.</summary>
    public static Dictionary<string, string> ForAnalysis(IReadOnlyDictionary<string, RecordedAnswer> answers) =>
        answers.Where(a => !a.Value.Skipped).ToDictionary(a => a.Key, a => a.Value.Text);
}

public enum TranscriptOutcome
{
    Accepted,
    Reprompted,
    SkippedAfterRetries,
    Command,
    Ignored,
}

public sealed class TranscriptEntry
{
    public string? QuestionId { get; set; }

    public string Text { get; set; } = string.Empty;

    public TranscriptOutcome Outcome { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>A finished interview as kept in the user's history: every answer, the result, its evidence, the time.</summary>
public sealed class CompletedAssessment
{
    public Guid Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset CompletedAt { get; set; }

    public string LanguageTag { get; set; } = string.Empty;

    public Dictionary<string, RecordedAnswer> Answers { get; set; } = [];

    public List<TranscriptEntry> Transcript { get; set; } = [];

    public Assessment Result { get; set; } = null!;

    /// <summary>The user's own correction ("that's not me"), kept beside the original result; null when none.</summary>
    public CorrectedResult? Correction { get; set; }

    /// <summary>The result that counts from now on: the user's correction when there is one.</summary>
    public Assessment EffectiveResult() => Correction?.Result ?? Result;
}

/// <summary>A result the user corrected, with its own evidence, for the assessment it corrects.</summary>
public sealed class CorrectedResult
{
    public Guid AssessmentId { get; set; }

    public DateTimeOffset CorrectedAt { get; set; }

    public Assessment Result { get; set; } = null!;
}
