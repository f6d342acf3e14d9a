using System.CommandLine;
using System.Text;
using System.Text.Json;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Localization;

namespace CareerBot.Cli.Assess;

/// <summary>
/// <c>assess</c>: JSON Lines interviews on stdin, one result line per input on stdout, in input order, so evaluations
/// and organisations can run the bot's analysis over many interviews without a chat channel.
/// <para>In: <see cref="InterviewJson"/>. Out: <see cref="AssessmentJson"/>, or <see cref="LineErrorJson"/> for a line
/// it cannot read. Blank lines are skipped. Exit code 0 when every line was assessed, 1 when any failed, 2 for a usage
/// or content error.</para>
/// </summary>
internal static class AssessCommand
{
    public static Command Create()
    {
        var contentOption = CliContent.CreateOption();
        var command = new Command("assess", "Assesses interviews: JSON Lines on stdin, one result line per interview on stdout, in input order.")
        {
            contentOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var content = await CliContent.LoadAsync(parseResult.GetValue(contentOption), command.Name, parseResult.InvocationConfiguration.Error).ConfigureAwait(false);
            if (content is null)
            {
                return ExitCodes.UsageError;
            }

            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            using var input = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var output = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
            await using (output.ConfigureAwait(false))
            {
                // Piped: buffer for speed. Typed at a terminal: answer each line as it is entered.
                return await RunAsync(input, output, content, flushEachLine: !Console.IsInputRedirected, cancellationToken).ConfigureAwait(false);
            }
        });
        return command;
    }

    /// <summary>Assesses every line of <paramref name="input"/> into <paramref name="output"/>; the exit code.</summary>
    public static Task<int> RunAsync(TextReader input, TextWriter output, CareerContent content, CancellationToken cancellationToken = default) =>
        RunAsync(input, output, content, flushEachLine: false, cancellationToken);

    private static async Task<int> RunAsync(TextReader input, TextWriter output, CareerContent content, bool flushEachLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(content);

        var analyzer = new AnswerAnalyzer(content.Lexicon);
        var failed = false;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (json, assessed) = Assess(line, content, analyzer);
            failed |= !assessed;
            await output.WriteLineAsync(json.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (flushEachLine)
            {
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return failed ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>One line's result as JSON: an <see cref="AssessmentJson"/>, or a <see cref="LineErrorJson"/> (not assessed).</summary>
    private static (string Json, bool Assessed) Assess(string line, CareerContent content, AnswerAnalyzer analyzer)
    {
        var read = InterviewLineReader.Read(line);
        if (read.Error is { } error)
        {
            return Refused(read.Id, error);
        }

        try
        {
            var assessment = analyzer.Analyze(read.Answers);
            var language = read.Language ?? Languages.Detect(string.Join('\n', read.Answers.Values));
            var levelTitle = content.Ladders.For(assessment.Track)[assessment.Level].Title[language];
            var result = new AssessmentJson(
                read.Id,
                CliJson.Name(assessment.Track),
                assessment.Level,
                levelTitle,
                assessment.TargetLevel,
                assessment.LearningStage.ToString(),
                [.. assessment.Evidence.Select(e => new EvidenceJson(CliJson.Name(e.Field), e.QuestionId, e.Fragment, e.Rule))]);
            return (JsonSerializer.Serialize(result, CliJson.Lines.AssessmentJson), true);
        }
#pragma warning disable CA1031 // One interview the analyzer cannot handle must not stop the rest of the batch.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Refused(read.Id, $"assessment failed: {e.GetType().Name}: {e.Message}");
        }
    }

    private static (string Json, bool Assessed) Refused(string? id, string error) =>
        (JsonSerializer.Serialize(new LineErrorJson(id, error), CliJson.Lines.LineErrorJson), false);
}
