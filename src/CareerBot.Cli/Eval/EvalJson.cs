namespace CareerBot.Cli.Eval;

/// <summary>What <c>eval</c> reads from a line beyond the interview: its <c>expect</c>.</summary>
internal sealed record ExpectationLineJson(ExpectJson? Expect);

/// <summary>A line's expected values (<c>"expect":{"track","level","targetLevel","learningStage"}</c>); a field left out is not scored.</summary>
internal sealed record ExpectJson(string? Track, int? Level, int? TargetLevel, string? LearningStage);

/// <summary>The <c>eval --json</c> report.</summary>
internal sealed record EvalReportJson(
    bool Passed,
    int Lines,
    int Answered,
    IReadOnlyList<FailedLineJson> Failed,
    Dictionary<string, FieldScoreJson> Fields,
    IReadOnlyList<ConfusionJson> Confusion,
    IReadOnlyList<MistakeJson> Mistakes,
    string Summary);

internal sealed record FailedLineJson(int Line, string? Id, string Error);

internal sealed record FieldScoreJson(int Correct, int Total, double Accuracy, double Target, bool Met);

/// <summary>A confusion matrix: <c>counts[expected][got]</c>, both indexed like <c>labels</c>.</summary>
internal sealed record ConfusionJson(string Title, IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Counts);

internal sealed record MistakeJson(string? Id, int Line, string Field, string Expected, string Got, IReadOnlyList<MistakeEvidenceJson> Evidence);

internal sealed record MistakeEvidenceJson(string Rule, string? Question, string Fragment);
