using System.Text.Json;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Cli.Assess;

/// <summary>One input line as read: its id (when it has one), locale, answers, or why it cannot be assessed.</summary>
internal sealed record InterviewLine(string? Id, Language? Language, IReadOnlyDictionary<string, string> Answers, string? Error);

/// <summary>
/// Reads a line of <c>assess</c> or <c>eval</c> input into an <see cref="InterviewJson"/> and checks what the type
/// cannot say (known question ids, lengths, a supported locale), so both verbs accept exactly the same lines and give
/// the same reasons for the ones they refuse.
/// </summary>
internal static class InterviewLineReader
{
    public const int MaxAnswerLength = 10_000;

    /// <summary>Far above eight maximal answers; a longer line is refused before it is parsed.</summary>
    public const int MaxLineLength = 1_000_000;

    private const string AnswersPath = "$.answers";

    private static readonly string[] QuestionIdsInOrder = [.. QuestionIds.Open, .. QuestionIds.Facts];

    private static readonly HashSet<string> KnownQuestionIds = new(QuestionIdsInOrder, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> NoAnswers = [];

    /// <summary>
    /// Reads <paramref name="line"/>; <paramref name="readMore"/>, when given, also reads the parsed line once the
    /// interview in it is valid (an evaluation reads its <c>expect</c> there) and returns the reason it cannot, or null.
    /// </summary>
    public static InterviewLine Read(string line, Func<JsonElement, string?>? readMore = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxLineLength)
        {
            return Refused(null, $"line is longer than {MaxLineLength} characters");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Refused(null, "invalid JSON: " + e.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Refused(null, $"a line must be a JSON object, not {Describe(root.ValueKind)}");
            }

            InterviewJson interview;
            try
            {
                interview = root.Deserialize(CliJsonContext.Default.InterviewJson)!;
            }
            catch (JsonException e)
            {
                return Refused(IdOf(root), Explain(e, root));
            }

            var read = Check(interview);
            return read.Error is null && readMore?.Invoke(root) is { } error ? read with { Error = error } : read;
        }
    }

    /// <summary>What the type cannot check: the locale, the question ids and the answers' length.</summary>
    private static InterviewLine Check(InterviewJson interview)
    {
        Language? language = null;
        if (interview.Locale is { } locale)
        {
            language = Languages.FromLocale(locale);
            if (language is null)
            {
                return Refused(interview.Id, $"unsupported locale '{locale}' (use {Languages.ZhCnTag} or {Languages.EnUsTag})");
            }
        }

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (question, text) in interview.Answers ?? [])
        {
            if (!KnownQuestionIds.Contains(question))
            {
                return Refused(interview.Id, UnknownQuestion(question));
            }

            if (text is null)
            {
                continue; // null: a skipped question, the same as leaving it out.
            }

            if (text.Length > MaxAnswerLength)
            {
                return Refused(interview.Id, $"answer '{question}' is longer than {MaxAnswerLength} characters");
            }

            answers.Add(question, text);
        }

        return new InterviewLine(interview.Id, language, answers, null);
    }

    /// <summary>
    /// The line's id when it is readable on its own: an error elsewhere in the line still names its interview, but a
    /// repeated or malformed id names none.
    /// </summary>
    private static string? IdOf(JsonElement root)
    {
        try
        {
            return root.Deserialize(CliJsonContext.Default.LineIdJson)?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The serializer's error in the words of the line's format. It tells where (<see cref="JsonException.Path"/>) but
    /// not what: a value of the wrong kind, a repeated key, or valid JSON escaping text .NET cannot hold (an unpaired
    /// surrogate, "\ud800"); the value found there tells them apart.
    /// </summary>
    private static string Explain(JsonException e, JsonElement root)
    {
        var textError = "invalid text in JSON: " + (e.InnerException ?? e).Message;
        switch (e.Path)
        {
            case "$.id" or "$.locale":
                var name = e.Path[2..];
                var kind = root.GetProperty(name).ValueKind;
                return kind is JsonValueKind.String or JsonValueKind.Null
                    ? e.InnerException is null ? $"duplicate key '{name}'" : textError
                    : $"{name} must be a string, not {Describe(kind)}";
            case AnswersPath:
                var answers = root.GetProperty("answers").ValueKind;
                return answers is JsonValueKind.Object or JsonValueKind.Null
                    ? "duplicate key 'answers'"
                    : $"answers must be an object of question id to text, not {Describe(answers)}";
            case { } path when QuestionAt(path) is { } question:
                if (!KnownQuestionIds.Contains(question))
                {
                    return UnknownQuestion(question);
                }

                var answer = root.GetProperty("answers").GetProperty(question).ValueKind;
                return answer is JsonValueKind.String or JsonValueKind.Null
                    ? e.InnerException is null ? $"duplicate answer '{question}'" : textError
                    : $"answer '{question}' must be a string, not {Describe(answer)}";
            default:
                return textError;
        }
    }

    /// <summary>The question id in a path such as <c>$.answers.plan</c> or <c>$.answers['odd key']</c>; null elsewhere.</summary>
    private static string? QuestionAt(string path) =>
        path.StartsWith(AnswersPath + ".", StringComparison.Ordinal) ? path[(AnswersPath.Length + 1)..]
        : path.StartsWith(AnswersPath + "['", StringComparison.Ordinal) && path.EndsWith("']", StringComparison.Ordinal) ? path[(AnswersPath.Length + 2)..^2]
        : null;

    private static string UnknownQuestion(string question) =>
        $"unknown answer key '{question}' (known: {string.Join(", ", QuestionIdsInOrder)})";

    private static InterviewLine Refused(string? id, string error) => new(id, null, NoAnswers, error);

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
