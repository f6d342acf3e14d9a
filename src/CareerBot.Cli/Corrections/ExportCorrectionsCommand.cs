using System.CommandLine;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Interview;
using CareerBot.Storage;

namespace CareerBot.Cli.Corrections;

/// <summary>
/// <c>export-corrections</c>: every result a user corrected ("that's not me"), as JSON Lines in the <c>eval</c>
/// format (<see cref="CorrectionLineJson"/>), so real mistakes become test cases. Reads the store the bot's
/// <c>Storage</c> settings name — from environment variables (<c>Storage__Provider</c>) or <c>--Storage:Provider</c> and
/// <c>--Storage:ConnectionString</c>, as the bot reads them — or the one <c>--db</c> (SQLite) or <c>--postgres</c> names.
/// Exit code 0 when exported, 2 when the store cannot be opened or read.
/// </summary>
internal static class ExportCorrectionsCommand
{
    public static Command Create()
    {
        var sqliteOption = new Option<string>("--db")
        {
            Description = $"A SQLite connection string; without --db or --postgres the bot's Storage settings decide (default: sqlite, \"{StorageOptions.DefaultConnectionString}\").",
            HelpName = "sqlite connection string",
        };
        var postgresOption = new Option<string>("--postgres")
        {
            Description = "An Npgsql connection string: read the bot's PostgreSQL state instead.",
            HelpName = "npgsql connection string",
        };
        var providerOption = new Option<string>($"--{StorageOptions.SectionName}:Provider")
        {
            Description = $"The bot's Storage:Provider setting ({StorageOptions.Sqlite} or {StorageOptions.Postgres}).",
            HelpName = "provider",
        };
        var connectionStringOption = new Option<string>($"--{StorageOptions.SectionName}:ConnectionString")
        {
            Description = "The bot's Storage:ConnectionString setting.",
            HelpName = "connection string",
        };
        var contentOption = CliContent.CreateOption();
        var command = new Command("export-corrections", "Writes every result a user corrected as an eval line: their answers, with the correction as expected.")
        {
            sqliteOption, postgresOption, providerOption, connectionStringOption, contentOption,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(sqliteOption) is not null && result.GetResult(postgresOption) is not null)
            {
                result.AddError("give one database: --db or --postgres, not both");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // The bot's settings first, as the bot would read them; --db and --postgres say it outright.
            var options = new StorageOptions();
            var connectionStringGiven = false;
            if ((parseResult.GetValue(providerOption) ?? FromEnvironment(nameof(StorageOptions.Provider))) is { } provider)
            {
                options.Provider = provider;
            }

            if ((parseResult.GetValue(connectionStringOption) ?? FromEnvironment(nameof(StorageOptions.ConnectionString))) is { } connectionString)
            {
                (options.ConnectionString, connectionStringGiven) = (connectionString, true);
            }

            if (parseResult.GetValue(sqliteOption) is { } sqlite)
            {
                (options.Provider, options.ConnectionString, connectionStringGiven) = (StorageOptions.Sqlite, sqlite, true);
            }
            else if (parseResult.GetValue(postgresOption) is { } postgres)
            {
                (options.Provider, options.ConnectionString, connectionStringGiven) = (StorageOptions.Postgres, postgres, true);
            }

            var error = parseResult.InvocationConfiguration.Error;
            var content = await CliContent.LoadAsync(parseResult.GetValue(contentOption), command.Name, error).ConfigureAwait(false);
            if (content is null)
            {
                return ExitCodes.UsageError;
            }

            try
            {
                using var source = CorrectionSource.Open(options, connectionStringGiven, content.Questions);
                var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                await using (output.ConfigureAwait(false))
                {
                    var count = await ExportAsync(source, output, cancellationToken).ConfigureAwait(false);
                    await error.WriteLineAsync($"{command.Name}: {count} corrected assessment(s)").ConfigureAwait(false);
                    return ExitCodes.Success;
                }
            }
            catch (Exception e) when (e is ArgumentException or DbException)
            {
                await error.WriteLineAsync($"{command.Name}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    /// <summary>
    /// A <c>Storage</c> setting from the environment variable the bot's configuration reads it from
    /// (<c>Storage__Provider</c> is <c>Storage:Provider</c>); null when unset.
    /// </summary>
    private static string? FromEnvironment(string setting) =>
        Environment.GetEnvironmentVariable($"{StorageOptions.SectionName}__{setting}") is { Length: > 0 } value ? value : null;

    /// <summary>Writes one line per corrected assessment, oldest correction first; returns how many.</summary>
    public static async Task<int> ExportAsync(CorrectionSource source, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);
        var corrected = await source.ReadCorrectedAsync(cancellationToken).ConfigureAwait(false);
        foreach (var assessment in corrected)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(Line(assessment), CliJson.Lines.CorrectionLineJson).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return corrected.Count;
    }

    private static CorrectionLineJson Line(CompletedAssessment assessment) => new(
        assessment.Id.ToString("D"),
        assessment.LanguageTag,
        RecordedAnswer.ForAnalysis(assessment.Answers),
        Result(assessment.Correction!.Result),
        Result(assessment.Result),
        assessment.Correction.CorrectedAt);

    private static ResultJson Result(Assessment result) =>
        new(CliJson.Name(result.Track), result.Level, result.TargetLevel, result.LearningStage.ToString());
}
