using System.Diagnostics;
using System.Net;
using CareerBot.Bot.Tests.Support;
using CareerBot.Testing;
using Xunit.Abstractions;

namespace CareerBot.Bot.Tests.Resilience;

/// <summary>
/// <c>kill -9</c> in mid-interview: the real bot process, killed with nothing flushed or disposed, restarted on the
/// same database; the user carries on at the question they were at, with every answer kept. Runs against each SQL
/// provider (the classes below).
/// </summary>
public abstract class KillMidInterviewTests(ITestStateDatabase database, string provider, string connectionString, ITestOutputHelper output)
    : StateDatabaseTest(database)
{
    [StorageFact]
    public async Task After_kill_9_and_a_restart_the_user_is_at_the_same_question_with_every_answer_kept()
    {
        var watch = Stopwatch.StartNew();
        await using var connector = await ConnectorStub.StartAsync();
        using var channel = new BotClient(connector.ServiceUrl);
        const string Conversation = "killed-mid-interview";

        var bot = await BotProcess.StartAsync(provider, connectionString);
        try
        {
            Assert.Equal(HttpStatusCode.OK, await channel.SayAsync(bot, Conversation, "start"));
            Assert.Contains("1/8", await connector.WaitForReplyAsync(Conversation, "1/8"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, await channel.SayAsync(bot, Conversation, "I want to move into people management and lead a team"));
            Assert.Contains("2/8", await connector.WaitForReplyAsync(Conversation, "2/8"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, await channel.SayAsync(bot, Conversation, "Build a strong, happy product team"));
            Assert.Contains("How do you plan to reach that goal?", await connector.WaitForReplyAsync(Conversation, "3/8"), StringComparison.Ordinal);
        }
        finally
        {
            await bot.KillAsync();
            await bot.DisposeAsync();
        }

        // A new process on the same database: nothing survives but what was committed.
        Database.Restart();
        await using var restarted = await BotProcess.StartAsync(provider, connectionString);
        Assert.Equal(HttpStatusCode.OK, await channel.SayAsync(restarted, Conversation, "Mentor more juniors and take a management course"));
        Assert.Contains("What is your plan for the next 3 years?", await connector.WaitForReplyAsync(Conversation, "4/8"), StringComparison.Ordinal);

        var interview = await BotClient.StoredInterviewAsync(Database.Open(), Conversation);
        Assert.Equal("threeYear", (string?)interview["questionId"]);
        Assert.Equal("I want to move into people management and lead a team", (string?)interview["answers"]?["plan"]?["text"]);
        Assert.Equal("Build a strong, happy product team", (string?)interview["answers"]?["goal"]?["text"]);
        Assert.Equal("Mentor more juniors and take a management course", (string?)interview["answers"]?["approach"]?["text"]);
        output.WriteLine($"{provider}: killed, restarted and carried on in {watch.Elapsed.TotalSeconds:0.0} s");
    }
}

public sealed class SqliteKillMidInterviewTests : KillMidInterviewTests
{
    public SqliteKillMidInterviewTests(ITestOutputHelper output)
        : this(new TempDatabase(), output)
    {
    }

    private SqliteKillMidInterviewTests(TempDatabase database, ITestOutputHelper output)
        : base(database, "sqlite", database.ConnectionString, output)
    {
    }
}

[Collection(PostgresTests.Name)]
[RequiresPostgres]
public sealed class PostgresKillMidInterviewTests : KillMidInterviewTests
{
    public PostgresKillMidInterviewTests(PostgresCluster cluster, ITestOutputHelper output)
        : this(new PostgresTestDatabase(cluster), output)
    {
    }

    private PostgresKillMidInterviewTests(PostgresTestDatabase database, ITestOutputHelper output)
        : base(database, "postgres", database.ConnectionString, output)
    {
    }
}
