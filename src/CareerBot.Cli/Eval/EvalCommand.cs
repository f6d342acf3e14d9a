using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CareerBot.Cli.Assess;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;

namespace CareerBot.Cli.Eval;

/// <summary>
/// <c>eval &lt;file.jsonl|-&gt;</c>: runs the analysis over labeled interviews (lines as <c>assess</c> reads them, plus
/// <see cref="ExpectJson"/>) and reports per-field accuracy, confusion matrices, the worst mistakes with the evidence
/// that led there, and one summary line. Exit code 0 when every target is met and every line was answered, 1 when
/// not, 2 for a usage, file or content error.
/// </summary>
internal static class EvalCommand
{
    public const int DefaultWorst = 15;

    /// <summary>The targets: track .97, level .90, targetLevel .90, learning stage .95.</summary>
    public static readonly IReadOnlyDictionary<AssessedField, double> DefaultTargets = new Dictionary<AssessedField, double>
    {
        [AssessedField.Track] = 0.97,
        [AssessedField.Level] = 0.90,
        [AssessedField.TargetLevel] = 0.90,
        [AssessedField.LearningStage] = 0.95,
    };

    private const string NoExpectation = "no \"expect\" object to evaluate against";

    /// <summary>What each <c>expect</c> field must be, by its JSON path: the reason a line gives when it is not.</summary>
    private static readonly Dictionary<string, string> ExpectRequirements = new(StringComparer.Ordinal)
    {
        ["$.expect"] = NoExpectation,
        ["$.expect.track"] = "expect.track must be \"professional\" or \"management\"",
        ["$.expect.level"] = "expect.level must be a positive whole number",
        ["$.expect.targetLevel"] = "expect.targetLevel must be a positive whole number",
        ["$.expect.learningStage"] = "expect.learningStage must be one of L1..L4",
    };

    public static Command Create()
    {
        var fileArgument = new Argument<string>("file")
        {
            Description = "The labeled interviews, JSON Lines; - reads stdin.",
        };
        var jsonOption = new Option<bool>("--json") { Description = "Writes the report as one JSON document." };
        var targetsOption = new Option<IReadOnlyDictionary<AssessedField, double>>("--targets")
        {
            Description = "The accuracy each field must reach, from 0 to 1; fields left out keep their default.",
            HelpName = "track=0.97,level=0.9,targetLevel=0.9,learningStage=0.95",
            DefaultValueFactory = _ => DefaultTargets,
            CustomParser = ParseTargetsArgument,
        };
        var worstOption = new Option<int>("--worst")
        {
            Description = "How many mistakes to show, worst first.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultWorst,
            CustomParser = ParseCount,
        };
        var asOfOption = new Option<DateTimeOffset?>("--as-of")
        {
            Description = "The day relative dates (\"since 2019\") are counted to: the day the corpus was labeled (default: today).",
            HelpName = "2026-11-15",
            CustomParser = ParseDay,
        };
        var contentOption = CliContent.CreateOption();
        var command = new Command("eval", "Scores the analysis against labeled interviews: accuracy per field, confusion matrices, the worst mistakes.")
        {
            fileArgument, jsonOption, targetsOption, worstOption, asOfOption, contentOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var content = await CliContent.LoadAsync(parseResult.GetValue(contentOption), command.Name, error).ConfigureAwait(false);
            if (content is null)
            {
                return ExitCodes.UsageError;
            }

            var file = parseResult.GetRequiredValue(fileArgument);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            TextReader input;
            try
            {
                input = file == "-" ? new StreamReader(Console.OpenStandardInput(), utf8) : new StreamReader(file, utf8, detectEncodingFromByteOrderMarks: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                await error.WriteLineAsync($"eval: cannot read '{file}': {e.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            if (file != "-")
            {
                await error.WriteLineAsync($"eval: {Path.GetFullPath(file)}").ConfigureAwait(false);
            }

            using (input)
            {
                var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
                await using (output.ConfigureAwait(false))
                {
                    var options = new EvalOptions(
                        parseResult.GetRequiredValue(targetsOption),
                        parseResult.GetValue(jsonOption),
                        parseResult.GetValue(worstOption),
                        parseResult.GetValue(asOfOption));
                    return await RunAsync(input, output, content, options, cancellationToken).ConfigureAwait(false);
                }
            }
        });
        return command;
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
        await output.WriteAsync((options.Json ? EvalReportWriter.ToJson(report, options.Worst) : EvalReportWriter.ToText(report, options.Worst)).AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return report.Passed ? ExitCodes.Success : ExitCodes.Failed;
    }

    /// <summary>"track=0.97,level=0.9": sets the named targets; the reason it cannot, or null.</summary>
    internal static string? ParseTargets(string text, Dictionary<AssessedField, double> targets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(targets);
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

    private static Dictionary<AssessedField, double>? ParseTargetsArgument(ArgumentResult result)
    {
        var targets = new Dictionary<AssessedField, double>(DefaultTargets);
        if (ParseTargets(result.Tokens[0].Value, targets) is { } error)
        {
            result.AddError(error);
            return null;
        }

        return targets;
    }

    /// <summary>A number of mistakes to show: a whole number, 0 or more.</summary>
    private static int ParseCount(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        result.AddError($"--worst needs a number of mistakes, 0 or more, not '{text}'");
        return 0;
    }

    /// <summary>A day such as 2026-11-15, in UTC unless it names its offset.</summary>
    private static DateTimeOffset? ParseDay(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day))
        {
            return day;
        }

        result.AddError($"--as-of needs a date such as 2026-11-15, not '{text}'");
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
            var read = InterviewLineReader.Read(line, root => ReadExpectation(root, out expect));
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

    /// <summary>
    /// The serializer's error in the words of the line's format. A wrong value comes with the cause the serializer
    /// met (a value it could not convert); a repeated key, and an <c>expect</c> that is not an object, with none.
    /// </summary>
    private static string ExplainExpectation(JsonException e, JsonElement root)
    {
        var path = e.Path ?? "$";
        var repeated = e.InnerException is null && (path != "$.expect" || root.GetProperty("expect").ValueKind == JsonValueKind.Object);
        return repeated ? $"duplicate key '{path[2..]}'"
            : ExpectRequirements.TryGetValue(path, out var requirement) ? requirement
            : "invalid text in JSON: " + (e.InnerException ?? e).Message;
    }

    /// <summary>The line's <c>expect</c>: at least one of the four fields, each valid; the reason it is not, or null.</summary>
    private static string? ReadExpectation(JsonElement root, out Expectation? expect)
    {
        expect = null;
        ExpectJson? json;
        try
        {
            json = root.Deserialize(CliJsonContext.Default.ExpectationLineJson)?.Expect;
        }
        catch (JsonException e)
        {
            return ExplainExpectation(e, root);
        }

        if (json is null)
        {
            return NoExpectation;
        }

        Track? track = null;
        if (json.Track is { } trackName)
        {
            track = trackName switch
            {
                "professional" => Track.Professional,
                "management" => Track.Management,
                _ => null,
            };
            if (track is null)
            {
                return ExpectRequirements["$.expect.track"];
            }
        }

        if (json.Level is < 1)
        {
            return ExpectRequirements["$.expect.level"];
        }

        if (json.TargetLevel is < 1)
        {
            return ExpectRequirements["$.expect.targetLevel"];
        }

        LearningStage? stage = null;
        if (json.LearningStage is { } name)
        {
            if (!name.StartsWith('L') || !Enum.TryParse<LearningStage>(name, out var parsed) || !Enum.IsDefined(parsed))
            {
                return ExpectRequirements["$.expect.learningStage"];
            }

            stage = parsed;
        }

        if (track is null && json.Level is null && json.TargetLevel is null && stage is null)
        {
            return "expect names none of track, level, targetLevel, learningStage";
        }

        expect = new Expectation(track, json.Level, json.TargetLevel, stage);
        return null;
    }
}
