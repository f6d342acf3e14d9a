using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;

namespace CareerBot.Bot.Cli;

/// <summary>
/// <c>eval &lt;file.jsonl&gt;</c>: runs the analysis over labeled interviews (lines as <c>assess</c> reads them, plus
/// <c>"expect":{"track","level","targetLevel","learningStage"}</c>) and reports per-field accuracy, confusion matrices,
/// the worst mistakes with the evidence that led there, and one summary line. Exit code 0 when every target is met and
/// every line was answered, 1 when not, 2 for a usage, file or content error.
/// </summary>
internal static class EvalCommand
{
    public const int DefaultWorst = 15;

    private const string Usage =
        "usage: CareerBot.Bot eval <file.jsonl|-> [--json] [--targets track=0.97,level=0.9,targetLevel=0.9,learningStage=0.95] [--worst N] [--as-of 2026-11-15] [--content <folder>]";

    /// <summary>The issue's targets: track .97, level .90, targetLevel .90, learning stage .95.</summary>
    public static readonly IReadOnlyDictionary<AssessedField, double> DefaultTargets = new Dictionary<AssessedField, double>
    {
        [AssessedField.Track] = 0.97,
        [AssessedField.Level] = 0.90,
        [AssessedField.TargetLevel] = 0.90,
        [AssessedField.LearningStage] = 0.95,
    };

    private static readonly AssessedField[] Fields = [AssessedField.Track, AssessedField.Level, AssessedField.TargetLevel, AssessedField.LearningStage];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The process entry: arguments after <c>eval</c>.</summary>
    public static async Task<int> RunConsoleAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? file = null, contentFolder = null;
        var json = false;
        var worst = DefaultWorst;
        DateTimeOffset? asOf = null;
        var targets = new Dictionary<AssessedField, double>(DefaultTargets);
        for (var i = 0; i < args.Count; i++)
        {
            string? error = null;
            switch (args[i])
            {
                case "--help" or "-h":
                    await Console.Out.WriteLineAsync(Usage).ConfigureAwait(false);
                    return 0;
                case "--json":
                    json = true;
                    break;
                case "--content" when i + 1 < args.Count:
                    contentFolder = args[++i];
                    break;
                case "--worst" when i + 1 < args.Count:
                    error = int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out worst) ? null : $"--worst needs a number, not '{args[i]}'";
                    break;
                case "--as-of" when i + 1 < args.Count:
                    asOf = DateTimeOffset.TryParse(args[++i], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
                    error = asOf is null ? $"--as-of needs a date such as 2026-11-15, not '{args[i]}'" : null;
                    break;
                case "--targets" when i + 1 < args.Count:
                    error = ParseTargets(args[++i], targets);
                    break;
                case var path when file is null && (path == "-" || !path.StartsWith("--", StringComparison.Ordinal)):
                    file = path;
                    break;
                default:
                    error = $"unexpected argument '{args[i]}'";
                    break;
            }

            if (error is not null)
            {
                await Console.Error.WriteLineAsync($"eval: {error}\n{Usage}").ConfigureAwait(false);
                return 2;
            }
        }

        if (file is null)
        {
            await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var content = await CliContent.LoadAsync(contentFolder, "eval").ConfigureAwait(false);
        if (content is null)
        {
            return 2;
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (file != "-")
        {
            file = Resolve(file);
            await Console.Error.WriteLineAsync($"eval: {file}").ConfigureAwait(false);
        }

        TextReader input;
        try
        {
            input = file == "-" ? new StreamReader(Console.OpenStandardInput(), utf8) : new StreamReader(file, utf8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"eval: cannot read '{file}': {e.Message}").ConfigureAwait(false);
            return 2;
        }

        using (input)
        {
            var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
            await using (output.ConfigureAwait(false))
            {
                return await RunAsync(input, output, content, new EvalOptions(targets, json, worst, asOf)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The file as given; a relative path that does not exist is also looked for from each parent of the working
    /// directory, because <c>dotnet run --project src/CareerBot.Bot</c> runs the web project in its own folder.
    /// </summary>
    internal static string Resolve(string file)
    {
        if (Path.IsPathRooted(file) || File.Exists(file))
        {
            return Path.GetFullPath(file);
        }

        for (var dir = Directory.GetParent(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(file);
    }

    /// <summary>Evaluates every line of <paramref name="input"/> and writes the report; the exit code.</summary>
    public static async Task<int> RunAsync(TextReader input, TextWriter output, CareerContent content, EvalOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(content);
        options ??= new EvalOptions(DefaultTargets);

        var lines = new List<string>();
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lines.Add(line);
        }

        var analyzer = options.AsOf is { } asOf ? new AnswerAnalyzer(content.Lexicon, new FixedClock(asOf)) : new AnswerAnalyzer(content.Lexicon);
        var report = Evaluate(lines, analyzer, options.Targets);
        await output.WriteAsync(options.Json ? ToJson(report, options.Worst) : ToText(report, options.Worst)).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return report.Passed ? 0 : 1;
    }

    /// <summary>"track=0.97,level=0.9": sets the named targets; the reason it cannot, or null.</summary>
    internal static string? ParseTargets(string text, Dictionary<AssessedField, double> targets)
    {
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || FieldNamed(pair[0]) is not { } field)
            {
                return $"unknown target '{part}' (use track, level, targetLevel, learningStage)";
            }

            if (!double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1)
            {
                return $"target '{part}' must be a number from 0 to 1";
            }

            targets[field] = value;
        }

        return null;
    }

    private static AssessedField? FieldNamed(string name) => name.ToUpperInvariant() switch
    {
        "TRACK" => AssessedField.Track,
        "LEVEL" => AssessedField.Level,
        "TARGETLEVEL" or "TARGET" => AssessedField.TargetLevel,
        "LEARNINGSTAGE" or "STAGE" => AssessedField.LearningStage,
        _ => null,
    };

    /// <summary>Reads, assesses and scores every non-blank line. Pure: the report only.</summary>
    internal static EvalReport Evaluate(IEnumerable<string> lines, AnswerAnalyzer analyzer, IReadOnlyDictionary<AssessedField, double> targets)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(analyzer);
        var results = new List<EvalResult>();
        var failures = new List<EvalFailure>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Expectation? expect = null;
            var read = AssessCommand.ReadLine(line, root => ReadExpect(root, out expect));
            if (read.Error is { } error)
            {
                failures.Add(new EvalFailure(number, read.Id, error));
                continue;
            }

            try
            {
                results.Add(new EvalResult(number, read.Id, read.Answers, expect!, analyzer.Analyze(read.Answers)));
            }
#pragma warning disable CA1031 // One interview the analyzer cannot handle is a failed line, not a failed evaluation.
            catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                failures.Add(new EvalFailure(number, read.Id, $"assessment failed: {e.GetType().Name}: {e.Message}"));
            }
        }

        return new EvalReport(results, failures, targets);
    }

    /// <summary>The line's <c>expect</c>: at least one of the four fields, each valid; the reason it is not, or null.</summary>
    private static string? ReadExpect(JsonElement root, out Expectation? expect)
    {
        expect = null;
        if (!root.TryGetProperty("expect", out var e) || e.ValueKind != JsonValueKind.Object)
        {
            return "no \"expect\" object to evaluate against";
        }

        Track? track = null;
        int? level = null, target = null;
        LearningStage? stage = null;
        foreach (var property in e.EnumerateObject())
        {
            switch (property.Name)
            {
                case "track":
                    track = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() switch
                    {
                        "professional" => Track.Professional,
                        "management" => Track.Management,
                        _ => null,
                    } : null;
                    if (track is null)
                    {
                        return "expect.track must be \"professional\" or \"management\"";
                    }

                    break;
                case "level" or "targetLevel":
                    if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var n) || n < 1)
                    {
                        return $"expect.{property.Name} must be a positive whole number";
                    }

                    if (property.Name == "level")
                    {
                        level = n;
                    }
                    else
                    {
                        target = n;
                    }

                    break;
                case "learningStage":
                    if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString() is not { } name
                        || !name.StartsWith('L') || !Enum.TryParse<LearningStage>(name, out var s) || !Enum.IsDefined(s))
                    {
                        return "expect.learningStage must be one of L1..L4";
                    }

                    stage = s;
                    break;
                default:
                    break;
            }
        }

        if (track is null && level is null && target is null && stage is null)
        {
            return "expect names none of track, level, targetLevel, learningStage";
        }

        expect = new Expectation(track, level, target, stage);
        return null;
    }

    // ---- Output ----------------------------------------------------------------------------------------------------

    internal static string ToText(EvalReport report, int worst = DefaultWorst)
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"eval: {report.Results.Count + report.Failures.Count} lines, {report.Results.Count} answered, {report.Failures.Count} failed");
        s.AppendLine();
        s.AppendLine("field            correct  total  accuracy  target");
        foreach (var field in Fields)
        {
            var score = report.Score(field);
            s.AppendLine(inv, $"{Name(field),-16} {score.Correct,7}  {score.Total,5}  {score.Accuracy,8:0.000}  {score.Target,6:0.00} {(score.Met ? "ok" : "BELOW")}");
        }

        foreach (var matrix in report.Confusions())
        {
            s.AppendLine();
            s.AppendLine(inv, $"{matrix.Title} (rows expected, columns got)");
            var width = Math.Max(12, matrix.Labels.Max(l => l.Length) + 1);
            s.Append(' ', width);
            foreach (var label in matrix.Labels)
            {
                s.Append(label.PadLeft(width));
            }

            s.AppendLine();
            for (var r = 0; r < matrix.Labels.Count; r++)
            {
                s.Append(matrix.Labels[r].PadRight(width));
                for (var c = 0; c < matrix.Labels.Count; c++)
                {
                    s.Append(matrix.Counts[r, c].ToString(inv).PadLeft(width));
                }

                s.AppendLine();
            }
        }

        var mistakes = report.Mistakes().Take(worst).ToList();
        if (mistakes.Count > 0)
        {
            s.AppendLine();
            s.AppendLine(inv, $"worst mistakes ({mistakes.Count} of {report.Mistakes().Count()}):");
            foreach (var m in mistakes)
            {
                s.AppendLine(inv, $"  {m.Id ?? "line " + m.Line.ToString(inv)}  {Name(m.Field)}: expected {m.Expected}, got {m.Got}");
                foreach (var e in m.Evidence)
                {
                    s.AppendLine(inv, $"      {e.Rule} {(e.QuestionId is null ? "" : e.QuestionId + ": ")}{(e.Fragment.Length > 0 ? "\"" + e.Fragment + "\"" : "")}");
                }
            }
        }

        if (report.Failures.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("lines not answered:");
            foreach (var f in report.Failures)
            {
                s.AppendLine(inv, $"  line {f.Line}{(f.Id is null ? "" : " (" + f.Id + ")")}: {f.Error}");
            }
        }

        s.AppendLine();
        s.AppendLine(Summary(report));
        return s.ToString();
    }

    /// <summary>One line: every field's accuracy against its target, failed lines, and PASS or FAIL.</summary>
    internal static string Summary(EvalReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        var fields = string.Join(" ", Fields.Select(f => report.Score(f)).Select(s =>
            string.Create(inv, $"{Name(s.Field)}={s.Accuracy:0.000}{(s.Met ? "" : "<" + s.Target.ToString("0.00", inv))}")));
        return string.Create(inv, $"{(report.Passed ? "PASS" : "FAIL")} {report.Results.Count}/{report.Results.Count + report.Failures.Count} answered {fields}");
    }

    internal static string ToJson(EvalReport report, int worst = DefaultWorst)
    {
        var json = new
        {
            passed = report.Passed,
            lines = report.Results.Count + report.Failures.Count,
            answered = report.Results.Count,
            failed = report.Failures.Select(f => new { line = f.Line, id = f.Id, error = f.Error }),
            fields = Fields.Select(report.Score).ToDictionary(
                s => Name(s.Field),
                s => new { correct = s.Correct, total = s.Total, accuracy = Math.Round(s.Accuracy, 4), target = s.Target, met = s.Met }),
            confusion = report.Confusions().Select(m => new
            {
                title = m.Title,
                labels = m.Labels,
                counts = Enumerable.Range(0, m.Labels.Count).Select(r => Enumerable.Range(0, m.Labels.Count).Select(c => m.Counts[r, c])),
            }),
            mistakes = report.Mistakes().Take(worst).Select(m => new
            {
                id = m.Id,
                line = m.Line,
                field = Name(m.Field),
                expected = m.Expected,
                got = m.Got,
                evidence = m.Evidence.Select(e => new { rule = e.Rule, question = e.QuestionId, fragment = e.Fragment }),
            }),
            summary = Summary(report),
        };
        return JsonSerializer.Serialize(json, JsonOptions) + Environment.NewLine;
    }

    internal static string Name(AssessedField field) => JsonNamingPolicy.CamelCase.ConvertName(field.ToString());

    internal static string Value(Track track) => JsonNamingPolicy.CamelCase.ConvertName(track.ToString());
}

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

internal sealed record Confusion(string Title, IReadOnlyList<string> Labels, int[,] Counts);

/// <summary>The scored evaluation: results, failed lines and targets; every view is computed from them.</summary>
internal sealed record EvalReport(IReadOnlyList<EvalResult> Results, IReadOnlyList<EvalFailure> Failures, IReadOnlyDictionary<AssessedField, double> Targets)
{
    public bool Passed => Failures.Count == 0 && new[] { AssessedField.Track, AssessedField.Level, AssessedField.TargetLevel, AssessedField.LearningStage }.All(f => Score(f).Met);

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
        yield return Matrix("track", tracks.Select(EvalCommand.Value).ToList(), Results.Where(r => r.Expect.Track is not null)
            .Select(r => (Array.IndexOf(tracks, r.Expect.Track!.Value), Array.IndexOf(tracks, r.Got.Track))));

        var top = Math.Max(5, Results.SelectMany(r => new[] { r.Got.Level, r.Got.TargetLevel, r.Expect.Level ?? 1, r.Expect.TargetLevel ?? 1 }).DefaultIfEmpty(1).Max());
        var levels = Enumerable.Range(1, top).Select(l => l.ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var track in tracks)
        {
            var onTrack = Results.Where(r => r.Expect.Track == track || (r.Expect.Track is null && r.Got.Track == track)).ToList();
            yield return Matrix($"level, expected {EvalCommand.Value(track)}", levels, onTrack.Where(r => r.Expect.Level is not null)
                .Select(r => (r.Expect.Level!.Value - 1, r.Got.Level - 1)));
            yield return Matrix($"targetLevel, expected {EvalCommand.Value(track)}", levels, onTrack.Where(r => r.Expect.TargetLevel is not null)
                .Select(r => (r.Expect.TargetLevel!.Value - 1, r.Got.TargetLevel - 1)));
        }

        var stages = Enum.GetValues<LearningStage>();
        yield return Matrix("learningStage", stages.Select(s => s.ToString()).ToList(), Results.Where(r => r.Expect.LearningStage is not null)
            .Select(r => (Array.IndexOf(stages, r.Expect.LearningStage!.Value), Array.IndexOf(stages, r.Got.LearningStage))));
    }

    private static Confusion Matrix(string title, List<string> labels, IEnumerable<(int Expected, int Got)> pairs)
    {
        var counts = new int[labels.Count, labels.Count];
        foreach (var (e, g) in pairs)
        {
            if (e >= 0 && e < labels.Count && g >= 0 && g < labels.Count)
            {
                counts[e, g]++;
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
                Add(AssessedField.Track, EvalCommand.Value(t), EvalCommand.Value(r.Got.Track), 10);
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
