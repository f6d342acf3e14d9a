using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareerBot.Application.Documents;
using CareerBot.Domain.Content;
using CareerBot.Storage;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Interview;

namespace CareerBot.Bot.Cli;

/// <summary>
/// <c>export-corrections</c>: every result a user corrected ("that's not me"), as JSON Lines in the <c>eval</c>
/// format — the user's answers plus <c>expect</c> = their correction — so real mistakes become test cases. Each line
/// also carries the <c>original</c> result and when it was corrected. Reads the state database: SQLite (<c>--db</c>,
/// the default) or PostgreSQL (<c>--postgres</c>).
/// </summary>
internal static class ExportCorrectionsCommand
{
    private const string Usage =
        "usage: CareerBot.Bot export-corrections [--db <sqlite connection string> | --postgres <npgsql connection string>]  (default: --db \"Data Source=careerbot.db\")";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunConsoleAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? sqlite = null;
        string? postgres = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Count && sqlite is null && postgres is null)
            {
                sqlite = args[++i];
            }
            else if (args[i] == "--postgres" && i + 1 < args.Count && sqlite is null && postgres is null)
            {
                postgres = args[++i];
            }
            else
            {
                await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
                return args[i] is "--help" or "-h" ? 0 : 2;
            }
        }

        IDocumentStore storage;
        try
        {
            storage = postgres is null ? new SqliteDocumentStore(sqlite ?? StorageOptions.DefaultConnectionString) : new PostgresDocumentStore(postgres);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync("export-corrections: " + e.Message).ConfigureAwait(false);
            return 2;
        }

        try
        {
            var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            await using (output.ConfigureAwait(false))
            {
                var count = await ExportAsync(storage, output).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"export-corrections: {count} corrected assessment(s)").ConfigureAwait(false);
                return 0;
            }
        }
        finally
        {
            (storage as IDisposable)?.Dispose();
        }
    }

    /// <summary>Writes one line per corrected assessment, oldest first; returns how many.</summary>
    public static async Task<int> ExportAsync(IDocumentStore storage, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(output);
        var corrected = new List<CompletedAssessment>();
        await foreach (var profile in PersonProfiles.ReadAllAsync(storage, CareerContent.Default.Questions, cancellationToken).ConfigureAwait(false))
        {
            corrected.AddRange(profile.History.Where(h => h.Correction is not null));
        }

        foreach (var assessment in corrected.OrderBy(a => a.Correction!.CorrectedAt))
        {
            await output.WriteLineAsync(Line(assessment)).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return corrected.Count;
    }

    private static string Line(CompletedAssessment assessment)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", assessment.Id.ToString("D"));
            writer.WriteString("locale", assessment.LanguageTag);
            writer.WriteStartObject("answers");
            foreach (var (question, text) in RecordedAnswer.ForAnalysis(assessment.Answers))
            {
                writer.WriteString(question, text);
            }

            writer.WriteEndObject();
            WriteResult(writer, "expect", assessment.Correction!.Result);
            WriteResult(writer, "original", assessment.Result);
            writer.WriteString("correctedAt", assessment.Correction.CorrectedAt);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteResult(Utf8JsonWriter writer, string name, Assessment result)
    {
        writer.WriteStartObject(name);
        writer.WriteString("track", JsonNamingPolicy.CamelCase.ConvertName(result.Track.ToString()));
        writer.WriteNumber("level", result.Level);
        writer.WriteNumber("targetLevel", result.TargetLevel);
        writer.WriteString("learningStage", result.LearningStage.ToString());
        writer.WriteEndObject();
    }
}
