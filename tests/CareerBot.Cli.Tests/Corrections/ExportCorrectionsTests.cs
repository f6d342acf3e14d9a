using System.CommandLine;
using System.Text.Json;
using CareerBot.Application.Documents;
using CareerBot.Application.Identity;
using CareerBot.Application.Turns;
using CareerBot.Cli.Assess;
using CareerBot.Cli.Corrections;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;
using CareerBot.Testing;

namespace CareerBot.Cli.Tests.Corrections;

/// <summary>
/// Corrections leave the product as eval cases: answers plus the user's correction as the expected result. Runs
/// against each SQL provider (the classes below).
/// </summary>
public abstract class ExportCorrectionsTests(ITestStateDatabase database) : StateDatabaseTest(database)
{
    private static readonly PersonKey Person = new("test", null, "user1");

    /// <summary>
    /// One person's interview, finished with every question but the plan skipped, then corrected to
    /// <paramref name="correctedLevel"/> ("track:level") with the result card's "that's not me", through the
    /// application core as the bot runs it.
    /// </summary>
    protected async Task CorrectAsync(string conversationId, string correctedLevel)
    {
        var content = CareerContent.Default;
        var store = Database.Open();
        var processor = new TurnProcessor(
            new InterviewEngine(content, new AnswerAnalyzer(content.Lexicon), TimeProvider.System), content, store, new ConversationTurns());
        var conversation = new ConversationKey("test", conversationId);
        Task<TurnResult> Say(string? text, Dictionary<string, string>? tapped = null) =>
            processor.HandleAsync(new Turn(Person, conversation, TurnKind.Message, new UserTurn(text, tapped, Language.ZhCn)), CancellationToken.None);

        await Say("开始");
        await Say("我想带团队，三年后做团队leader");
        for (var i = 1; i < content.Questions.Count; i++)
        {
            await Say("跳过");
        }

        var finished = (await PersonProfiles.ReadAsync(store, Person, content.Questions)).History.Single(h => h.Correction is null);
        await Say(null, new() { ["command"] = "correct", ["assessmentId"] = finished.Id.ToString("D"), ["correctedLevel"] = correctedLevel });
        Assert.NotNull((await PersonProfiles.ReadAsync(store, Person, content.Questions)).History.Single(h => h.Id == finished.Id).Correction);
    }

    [StorageFact]
    public async Task Each_corrected_assessment_becomes_an_eval_line_with_the_correction_as_expected()
    {
        await CorrectAsync("conversation-a", "management:2");
        await CorrectAsync("conversation-b", "professional:4");
        using var output = new StringWriter();
        using var source = new CorrectionSource(Database.Open(), CareerContent.Default.Questions);

        var count = await ExportCorrectionsCommand.ExportAsync(source, output);

        Assert.Equal(2, count);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(("management", 2), ((string?)lines[0].GetProperty("expect").GetProperty("track").GetString(), lines[0].GetProperty("expect").GetProperty("level").GetInt32()));
        Assert.Equal(("professional", 4), ((string?)lines[1].GetProperty("expect").GetProperty("track").GetString(), lines[1].GetProperty("expect").GetProperty("level").GetInt32()));
        Assert.Equal("management", lines[0].GetProperty("original").GetProperty("track").GetString());
        Assert.Equal("我想带团队，三年后做团队leader", lines[0].GetProperty("answers").GetProperty("plan").GetString());
        Assert.Equal("zh-CN", lines[0].GetProperty("locale").GetString());
    }

    [StorageFact]
    public async Task Exported_lines_are_read_by_assess()
    {
        await CorrectAsync("conversation-c", "management:3");
        using var exported = new StringWriter();
        using (var source = new CorrectionSource(Database.Open(), CareerContent.Default.Questions))
        {
            await ExportCorrectionsCommand.ExportAsync(source, exported);
        }

        using var assessed = new StringWriter();

        var exit = await AssessCommand.RunAsync(new StringReader(exported.ToString()), assessed, CareerContent.Default);

        Assert.Equal(0, exit);
        Assert.Contains("\"track\":\"management\"", assessed.ToString(), StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task Nothing_corrected_exports_nothing()
    {
        using var output = new StringWriter();
        using var source = new CorrectionSource(Database.Open(), CareerContent.Default.Questions);

        Assert.Equal(0, await ExportCorrectionsCommand.ExportAsync(source, output));
        Assert.Equal(string.Empty, output.ToString());
    }
}

public sealed class ExportCorrectionsArgumentsTests
{
    [Theory]
    [InlineData("--db", "Data Source=a.db", "--postgres", "Host=db")]
    [InlineData("--postgres", "Host=db", "--db", "Data Source=a.db")]
    [InlineData("--postgres")]
    [InlineData("--postgres", "Database=careerbot")]
    public async Task One_database_must_be_named_and_usable(params string[] args)
    {
        using var error = new StringWriter();

        Assert.Equal(2, await CareerBotCli.RunAsync(["export-corrections", .. args], new InvocationConfiguration { Error = error }));
        Assert.StartsWith("export-corrections: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("memory", "nothing to export")]
    [InlineData("redis", "not supported")]
    [InlineData("postgres", "Storage:ConnectionString is not set")]
    public async Task The_bots_storage_settings_must_name_a_store_with_corrections(string provider, string reason)
    {
        using var error = new StringWriter();

        var exit = await CareerBotCli.RunAsync(["export-corrections", "--Storage:Provider", provider], new InvocationConfiguration { Error = error });

        Assert.Equal(2, exit);
        Assert.Contains(reason, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sqlite_file_that_does_not_exist_is_an_error_and_is_not_created()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"careerbot-missing-{Guid.NewGuid():N}.db");
        using var error = new StringWriter();

        var exit = await CareerBotCli.RunAsync(["export-corrections", "--db", $"Data Source={missing}"], new InvocationConfiguration { Error = error });

        Assert.Equal(2, exit);
        Assert.Contains("no SQLite database", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}

public sealed class SqliteExportCorrectionsTests() : ExportCorrectionsTests(new TempDatabase())
{
    private string ConnectionString => ((TempDatabase)Database).ConnectionString;

    [Fact]
    public async Task The_process_reads_the_database_that_db_names()
    {
        await CorrectAsync("conversation-d", "professional:3");

        var (exit, stdout, stderr) = await CliProcess.RunAsync("", ["export-corrections", "--db", ConnectionString]);

        Assert.True(exit == 0, $"exit {exit}; stderr: {stderr}");
        Assert.Contains("\"expect\":{\"track\":\"professional\",\"level\":3", stdout, StringComparison.Ordinal);
        Assert.Contains("1 corrected assessment", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_process_reads_the_bots_storage_settings_from_the_environment_or_the_command_line()
    {
        await CorrectAsync("conversation-e", "management:2");

        var (fromEnvironment, environmentOut, environmentErr) = await CliProcess.RunAsync(
            "", ["export-corrections"], new Dictionary<string, string> { ["Storage__Provider"] = "sqlite", ["Storage__ConnectionString"] = ConnectionString });
        var (fromArguments, argumentsOut, argumentsErr) = await CliProcess.RunAsync(
            "", ["export-corrections", "--Storage:Provider", "sqlite", "--Storage:ConnectionString", ConnectionString]);

        Assert.True(fromEnvironment == 0, $"exit {fromEnvironment}; stderr: {environmentErr}");
        Assert.True(fromArguments == 0, $"exit {fromArguments}; stderr: {argumentsErr}");
        Assert.Single(environmentOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(environmentOut, argumentsOut);
    }
}

[Collection(PostgresTests.Name)]
[RequiresPostgres]
public sealed class PostgresExportCorrectionsTests(PostgresCluster cluster) : ExportCorrectionsTests(new PostgresTestDatabase(cluster));
