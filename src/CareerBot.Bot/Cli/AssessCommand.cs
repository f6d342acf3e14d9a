using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Bot.Cli;

/// <summary>
/// <c>assess</c>: JSON Lines interviews on stdin, one result line per input on stdout, in input order, so evaluations
/// and organisations can run the bot's analysis over many interviews without a chat channel.
/// <para>In: <c>{"id":"…","locale":"zh-CN","answers":{"plan":"…",…}}</c> (id, locale and every answer optional; other
/// top-level keys, such as an evaluation's <c>expect</c>, are ignored). Out: the assessment, or <c>{"id":"…","error":"…"}</c>
/// for a line it cannot read. Blank lines are skipped. Exit code 0 when every line was assessed, 1 when any failed,
/// 2 for a usage or content error.</para>
/// </summary>
internal static class AssessCommand
{
    public const int MaxAnswerLength = 10_000;

    /// <summary>Far above eight maximal answers; a longer line is refused before it is parsed.</summary>
    public const int MaxLineLength = 1_000_000;

    private const string Usage = "usage: CareerBot.Bot assess [--content <folder>]  (JSON Lines interviews on stdin, results on stdout)";

    private static readonly HashSet<string> AnswerKeys = new(QuestionIds.Open.Concat(QuestionIds.Facts), StringComparer.Ordinal);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Results are JSON Lines for programs and terminals, not HTML: keep Chinese text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The process entry: arguments after <c>assess</c>, stdin and stdout as UTF-8, the shipped content by default.</summary>
    public static async Task<int> RunConsoleAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? contentFolder = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--content" && i + 1 < args.Count)
            {
                contentFolder = args[++i];
            }
            else
            {
                await Console.Error.WriteLineAsync(args[i] is "--help" or "-h" ? Usage : $"assess: unexpected argument '{args[i]}'\n{Usage}").ConfigureAwait(false);
                return args[i] is "--help" or "-h" ? 0 : 2;
            }
        }

        var content = await CliContent.LoadAsync(contentFolder, "assess").ConfigureAwait(false);
        if (content is null)
        {
            return 2;
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var input = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var output = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
        await using (output.ConfigureAwait(false))
        {
            // Piped: buffer for speed. Typed at a terminal: answer each line as it is entered.
            return await RunAsync(input, output, content, flushEachLine: !Console.IsInputRedirected).ConfigureAwait(false);
        }
    }

    public static Task<int> RunAsync(TextReader input, TextWriter output, CareerContent content, CancellationToken cancellationToken = default) =>
        RunAsync(input, output, content, flushEachLine: false, cancellationToken);

    private static async Task<int> RunAsync(TextReader input, TextWriter output, CareerContent content, bool flushEachLine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(content);

        var analyzer = new AnswerAnalyzer(content.Lexicon);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        var failed = false;

        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            buffer.Clear();
            writer.Reset(buffer);
            failed |= !AssessLine(line, content, analyzer, writer);
            writer.Flush();
            await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.WrittenSpan).AsMemory(), cancellationToken).ConfigureAwait(false);
            if (flushEachLine)
            {
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return failed ? 1 : 0;
    }

    /// <summary>Writes one result or error object; false for an error.</summary>
    private static bool AssessLine(string line, CareerContent content, AnswerAnalyzer analyzer, Utf8JsonWriter writer)
    {
        var read = ReadLine(line);
        if (read.Error is { } error)
        {
            return WriteError(writer, read.Id, error);
        }

        Assessment assessment;
        string levelTitle;
        try
        {
            assessment = analyzer.Analyze(read.Answers);
            var language = read.Language ?? Languages.Detect(string.Join('\n', read.Answers.Values));
            levelTitle = content.Ladders.For(assessment.Track)[assessment.Level].Title[language];
        }
#pragma warning disable CA1031 // One interview the analyzer cannot handle must not stop the rest of the batch.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return WriteError(writer, read.Id, $"assessment failed: {e.GetType().Name}: {e.Message}");
        }

        WriteAssessment(writer, read.Id, assessment, levelTitle);
        return true;
    }

    /// <summary>
    /// Reads one input line as <c>assess</c> does (length limit, JSON, id, locale, answers); <paramref name="extra"/>, when
    /// given, also sees the parsed root (an evaluation reads its <c>expect</c> there) and may return an error of its own.
    /// Shared with <see cref="EvalCommand"/> so both verbs accept exactly the same lines.
    /// </summary>
    internal static InterviewLine ReadLine(string line, Func<JsonElement, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxLineLength)
        {
            return new InterviewLine(null, null, new Dictionary<string, string>(), $"line is longer than {MaxLineLength} characters");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return new InterviewLine(null, null, new Dictionary<string, string>(), "invalid JSON: " + e.Message);
        }

        using (document)
        {
            var interview = new Interview();
            var error = ReadInterview(document.RootElement, interview);
            if (error is null && extra is not null)
            {
                try
                {
                    error = extra(document.RootElement);
                }
                catch (InvalidOperationException e)
                {
                    error = "invalid text in JSON: " + e.Message;
                }
            }

            return new InterviewLine(interview.Id, interview.Language, interview.Answers, error);
        }
    }

    /// <summary>Fills <paramref name="interview"/> from a parsed line; the reason it cannot, or null.</summary>
    private static string? ReadInterview(JsonElement root, Interview interview)
    {
        try
        {
            return ReadInterviewCore(root, interview);
        }
        catch (InvalidOperationException e)
        {
            // Valid JSON can still escape text .NET cannot hold, such as an unpaired surrogate ("\ud800").
            return "invalid text in JSON: " + e.Message;
        }
    }

    private static string? ReadInterviewCore(JsonElement root, Interview interview)
    {
        var answers = interview.Answers;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"a line must be a JSON object, not {Describe(root.ValueKind)}";
        }

        JsonElement? idElement = null, localeElement = null, answersElement = null;
        string? duplicate = null;
        foreach (var property in root.EnumerateObject())
        {
            ref var slot = ref idElement;
            switch (property.Name)
            {
                case "id":
                    break;
                case "locale":
                    slot = ref localeElement;
                    break;
                case "answers":
                    slot = ref answersElement;
                    break;
                default:
                    continue; // Other keys (an evaluation's "expect", comments…) are not ours.
            }

            if (slot is not null)
            {
                duplicate ??= property.Name;
                continue;
            }

            slot = property.Value;
        }

        if (duplicate == "id")
        {
            return "duplicate key 'id'";
        }

        // The id first, so every later error can name the interview it is about.
        if (idElement is { ValueKind: not JsonValueKind.Null } idValue)
        {
            if (idValue.ValueKind != JsonValueKind.String)
            {
                return $"id must be a string, not {Describe(idValue.ValueKind)}";
            }

            interview.Id = idValue.GetString();
        }

        if (duplicate is not null)
        {
            return $"duplicate key '{duplicate}'";
        }

        if (localeElement is { ValueKind: not JsonValueKind.Null } localeValue)
        {
            if (localeValue.ValueKind != JsonValueKind.String)
            {
                return $"locale must be a string, not {Describe(localeValue.ValueKind)}";
            }

            var locale = localeValue.GetString();
            interview.Language = Languages.FromLocale(locale);
            if (interview.Language is null)
            {
                return $"unsupported locale '{locale}' (use {Languages.ZhCnTag} or {Languages.EnUsTag})";
            }
        }

        if (answersElement is not { ValueKind: not JsonValueKind.Null } answersValue)
        {
            return null; // No answers at all is an interview where every question was skipped.
        }

        if (answersValue.ValueKind != JsonValueKind.Object)
        {
            return $"answers must be an object of question id to text, not {Describe(answersValue.ValueKind)}";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answer in answersValue.EnumerateObject())
        {
            if (!AnswerKeys.Contains(answer.Name))
            {
                return $"unknown answer key '{answer.Name}' (known: {string.Join(", ", QuestionIds.Open.Concat(QuestionIds.Facts))})";
            }

            if (!seen.Add(answer.Name))
            {
                return $"duplicate answer '{answer.Name}'";
            }

            if (answer.Value.ValueKind == JsonValueKind.Null)
            {
                continue; // null: a skipped question, the same as leaving it out.
            }

            if (answer.Value.ValueKind != JsonValueKind.String)
            {
                return $"answer '{answer.Name}' must be a string, not {Describe(answer.Value.ValueKind)}";
            }

            var text = answer.Value.GetString()!;
            if (text.Length > MaxAnswerLength)
            {
                return $"answer '{answer.Name}' is longer than {MaxAnswerLength} characters";
            }

            answers.Add(answer.Name, text);
        }

        return null;
    }

    private static void WriteAssessment(Utf8JsonWriter writer, string? id, Assessment assessment, string levelTitle)
    {
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("track", JsonNamingPolicy.CamelCase.ConvertName(assessment.Track.ToString()));
        writer.WriteNumber("level", assessment.Level);
        writer.WriteString("levelTitle", levelTitle);
        writer.WriteNumber("targetLevel", assessment.TargetLevel);
        writer.WriteString("learningStage", assessment.LearningStage.ToString());
        writer.WriteStartArray("evidence");
        foreach (var evidence in assessment.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("field", JsonNamingPolicy.CamelCase.ConvertName(evidence.Field.ToString()));
            writer.WriteString("question", evidence.QuestionId);
            writer.WriteString("fragment", evidence.Fragment);
            writer.WriteString("rule", evidence.Rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static bool WriteError(Utf8JsonWriter writer, string? id, string error)
    {
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("error", error);
        writer.WriteEndObject();
        return false;
    }

    /// <summary>One input line as read: its id (when it has one), locale, answers, or why it cannot be assessed.</summary>
    internal sealed record InterviewLine(string? Id, Language? Language, IReadOnlyDictionary<string, string> Answers, string? Error);

    private sealed class Interview
    {
        public string? Id { get; set; }

        public Language? Language { get; set; }

        public Dictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
