namespace CareerBot.Cli.Corrections;

/// <summary>
/// One corrected assessment as an <c>eval</c> line: the user's answers, their correction as <c>expect</c>, plus the
/// <c>original</c> result and when it was corrected.
/// </summary>
internal sealed record CorrectionLineJson(
    string Id,
    string Locale,
    Dictionary<string, string> Answers,
    ResultJson Expect,
    ResultJson Original,
    DateTimeOffset CorrectedAt);

/// <summary>A result's four fields, in the form <c>eval</c> reads an <c>expect</c>.</summary>
internal sealed record ResultJson(string Track, int Level, int TargetLevel, string LearningStage);
