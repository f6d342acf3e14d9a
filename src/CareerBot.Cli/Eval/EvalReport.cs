using System.Globalization;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;

namespace CareerBot.Cli.Eval;

/// <summary>
/// How <c>eval</c> runs and reports: the targets to meet, JSON or text, how many mistakes to show, and the day relative
/// dates ("since 2019") are counted to — a labeled corpus is labeled as of a day, today by default.
/// </summary>
internal sealed record EvalOptions(IReadOnlyDictionary<AssessedField, double> Targets, bool Json = false, int Worst = EvalCommand.DefaultWorst, DateTimeOffset? AsOf = null);

/// <summary>A clock stopped at one moment: the day a corpus was labeled.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

/// <summary>A line's expected values; a field left out is not scored for that line.</summary>
internal sealed record Expectation(Track? Track, int? Level, int? TargetLevel, LearningStage? LearningStage);

internal sealed record EvalResult(int Line, string? Id, IReadOnlyDictionary<string, string> Answers, Expectation Expect, Assessment Got);

internal sealed record EvalFailure(int Line, string? Id, string Error);

internal sealed record FieldScore(AssessedField Field, int Correct, int Total, double Target)
{
    /// <summary>Correct over scored; 1 when nothing was scored for the field (nothing was wrong).</summary>
    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;

    public bool Met => Accuracy >= Target - 1e-9;
}

internal sealed record Mistake(int Line, string? Id, AssessedField Field, string Expected, string Got, int Severity, IReadOnlyList<Evidence> Evidence);

/// <summary>A confusion matrix: <see cref="Counts"/>[expected][got], both indexed like <see cref="Labels"/>.</summary>
internal sealed record Confusion(string Title, IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Counts);

/// <summary>The scored evaluation: results, failed lines and targets; every view is computed from them.</summary>
internal sealed record EvalReport(IReadOnlyList<EvalResult> Results, IReadOnlyList<EvalFailure> Failures, IReadOnlyDictionary<AssessedField, double> Targets)
{
    /// <summary>The scored fields, in the order every view lists them.</summary>
    public static IReadOnlyList<AssessedField> Fields { get; } = [AssessedField.Track, AssessedField.Level, AssessedField.TargetLevel, AssessedField.LearningStage];

    public bool Passed => Failures.Count == 0 && Fields.All(f => Score(f).Met);

    public FieldScore Score(AssessedField field)
    {
        var scored = Results.Select(r => Compare(r, field)).OfType<bool>().ToList();
        return new FieldScore(field, scored.Count(ok => ok), scored.Count, Targets.GetValueOrDefault(field, 0));
    }

    /// <summary>Whether the field is right for the line; null when the line does not expect it.</summary>
    private static bool? Compare(EvalResult r, AssessedField field) => field switch
    {
        AssessedField.Track => r.Expect.Track is { } t ? t == r.Got.Track : null,
        AssessedField.Level => r.Expect.Level is { } l ? l == r.Got.Level : null,
        AssessedField.TargetLevel => r.Expect.TargetLevel is { } t ? t == r.Got.TargetLevel : null,
        _ => r.Expect.LearningStage is { } s ? s == r.Got.LearningStage : null,
    };

    /// <summary>Track 2×2, level and target level per expected track, learning stage 4×4.</summary>
    public IEnumerable<Confusion> Confusions()
    {
        var tracks = new[] { Track.Professional, Track.Management };
        yield return Matrix("track", tracks.Select(CliJson.Name).ToList(), Results.Where(r => r.Expect.Track is not null)
            .Select(r => (Array.IndexOf(tracks, r.Expect.Track!.Value), Array.IndexOf(tracks, r.Got.Track))));

        var top = Math.Max(5, Results.SelectMany(r => new[] { r.Got.Level, r.Got.TargetLevel, r.Expect.Level ?? 1, r.Expect.TargetLevel ?? 1 }).DefaultIfEmpty(1).Max());
        var levels = Enumerable.Range(1, top).Select(l => l.ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var track in tracks)
        {
            var onTrack = Results.Where(r => r.Expect.Track == track || (r.Expect.Track is null && r.Got.Track == track)).ToList();
            yield return Matrix($"level, expected {CliJson.Name(track)}", levels, onTrack.Where(r => r.Expect.Level is not null)
                .Select(r => (r.Expect.Level!.Value - 1, r.Got.Level - 1)));
            yield return Matrix($"targetLevel, expected {CliJson.Name(track)}", levels, onTrack.Where(r => r.Expect.TargetLevel is not null)
                .Select(r => (r.Expect.TargetLevel!.Value - 1, r.Got.TargetLevel - 1)));
        }

        var stages = Enum.GetValues<LearningStage>();
        yield return Matrix("learningStage", stages.Select(s => s.ToString()).ToList(), Results.Where(r => r.Expect.LearningStage is not null)
            .Select(r => (Array.IndexOf(stages, r.Expect.LearningStage!.Value), Array.IndexOf(stages, r.Got.LearningStage))));
    }

    private static Confusion Matrix(string title, List<string> labels, IEnumerable<(int Expected, int Got)> pairs)
    {
        var counts = labels.Select(_ => new int[labels.Count]).ToArray();
        foreach (var (e, g) in pairs)
        {
            if (e >= 0 && e < labels.Count && g >= 0 && g < labels.Count)
            {
                counts[e][g]++;
            }
        }

        return new Confusion(title, labels, counts);
    }

    /// <summary>Every wrong field, worst first: a wrong track (it moves everything else), then the furthest misses.</summary>
    public IEnumerable<Mistake> Mistakes()
    {
        var all = new List<Mistake>();
        foreach (var r in Results)
        {
            var ev = r.Got.Evidence;
            void Add(AssessedField field, string expected, string got, int severity) =>
                all.Add(new Mistake(r.Line, r.Id, field, expected, got, severity, ev.Where(e => e.Field == field).ToList()));
            if (r.Expect.Track is { } t && t != r.Got.Track)
            {
                Add(AssessedField.Track, CliJson.Name(t), CliJson.Name(r.Got.Track), 10);
            }

            if (r.Expect.Level is { } l && l != r.Got.Level)
            {
                Add(AssessedField.Level, l.ToString(CultureInfo.InvariantCulture), r.Got.Level.ToString(CultureInfo.InvariantCulture), Math.Abs(l - r.Got.Level));
            }

            if (r.Expect.TargetLevel is { } tl && tl != r.Got.TargetLevel)
            {
                Add(AssessedField.TargetLevel, tl.ToString(CultureInfo.InvariantCulture), r.Got.TargetLevel.ToString(CultureInfo.InvariantCulture), Math.Abs(tl - r.Got.TargetLevel));
            }

            if (r.Expect.LearningStage is { } s && s != r.Got.LearningStage)
            {
                Add(AssessedField.LearningStage, s.ToString(), r.Got.LearningStage.ToString(), Math.Abs((int)s - (int)r.Got.LearningStage));
            }
        }

        return all.OrderByDescending(m => m.Severity).ThenBy(m => m.Line);
    }
}
