using System.Text.Json;
using CareerBot.Bot.Cli;
using CareerBot.Bot.Tests.Support;
using CareerBot.Testing;
using CareerBot.Domain.Content;

namespace CareerBot.Bot.Tests.Cli;

/// <summary>
/// Corrections leave the product as eval cases: answers plus the user's correction as the expected result. Runs
/// against each SQL provider (the classes below).
/// </summary>
public abstract class ExportCorrectionsTests(ITestStateDatabase database) : StateDatabaseTest(database)
{
    private async Task CorrectAsync(string conversationId, string correctedLevel)
    {
        var chat = new Conversation(Database.Open(), locale: "zh-CN", conversationId: conversationId);
        string? assessmentId = null;
        var flow = chat.User("开始").Bot("我们开始吧", "1/8")
            .User("我想带团队，三年后做团队leader").Bot("2/8");
        for (var i = 0; i < 6; i++)
        {
            flow = flow.User("跳过").Bot("跳过");
        }

        await flow.User("跳过")
            .BotCard(
                card => assessmentId = Conversation.Descendants(card)
                    .Select(o => o["data"]?["assessmentId"])
                    .Single(id => id is not null)!.GetValue<string>(),
                "跳过")
            .RunAsync();
        await chat.Taps(new { command = "correct", assessmentId, correctedLevel }).Bot("已保存你的更正").RunAsync();
    }

    [StorageFact]
    public async Task Each_corrected_assessment_becomes_an_eval_line_with_the_correction_as_expected()
    {
        await CorrectAsync("conversation-a", "management:2");
        await CorrectAsync("conversation-b", "professional:4");
        using var output = new StringWriter();

        var count = await ExportCorrectionsCommand.ExportAsync(Database.Open(), output);

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
        await ExportCorrectionsCommand.ExportAsync(Database.Open(), exported);
        using var assessed = new StringWriter();

        var exit = await AssessCommand.RunAsync(new StringReader(exported.ToString()), assessed, CareerContent.Default);

        Assert.Equal(0, exit);
        Assert.Contains("\"track\":\"management\"", assessed.ToString(), StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task Nothing_corrected_exports_nothing()
    {
        using var output = new StringWriter();

        Assert.Equal(0, await ExportCorrectionsCommand.ExportAsync(Database.Open(), output));
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
        Assert.Equal(2, await ExportCorrectionsCommand.RunConsoleAsync(args));
    }
}

public sealed class SqliteExportCorrectionsTests() : ExportCorrectionsTests(new TempDatabase());

[Collection(PostgresTests.Name)]
[RequiresPostgres]
public sealed class PostgresExportCorrectionsTests(PostgresCluster cluster) : ExportCorrectionsTests(new PostgresTestDatabase(cluster));
