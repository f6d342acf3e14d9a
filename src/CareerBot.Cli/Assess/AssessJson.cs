using System.Text.Json.Serialization;

namespace CareerBot.Cli.Assess;

/// <summary>
/// One interview, a line of <c>assess</c> (and <c>eval</c>) input: <c>{"id":"…","locale":"zh-CN","answers":{"plan":"…",…}}</c>.
/// Every member is optional; a null answer is a skipped question. Other keys (an evaluation's <c>expect</c>, notes) are
/// not ours and are ignored.
/// </summary>
internal sealed record InterviewJson(string? Id, string? Locale, Dictionary<string, string?>? Answers);

/// <summary>A line's id alone, read when the rest of the line cannot be, so the error can still name its interview.</summary>
internal sealed record LineIdJson(string? Id);

/// <summary>One <c>assess</c> result line.</summary>
internal sealed record AssessmentJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    string Track,
    int Level,
    string LevelTitle,
    int TargetLevel,
    string LearningStage,
    IReadOnlyList<EvidenceJson> Evidence);

/// <summary>Why a field got its value: the answer (null for a default), the words that decided, and the rule.</summary>
internal sealed record EvidenceJson(string Field, string? Question, string Fragment, string Rule);

/// <summary>A line that could not be assessed: its id when it has a readable one, and why.</summary>
internal sealed record LineErrorJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    string Error);
