using CareerBot.Application.Tests.Support;
using CareerBot.Testing;

namespace CareerBot.Application.Tests.Turns;

/// <summary>
/// Red-team stress on the conditional writes: two instances each sending a sequence of answers to one conversation at
/// once keep every entry once and each sender's in order; many instances finishing one person's conversations at once
/// keep every history entry, within the processor's retry budget.
/// </summary>
public abstract class RaceStressTests(ITestStateDatabase database) : StateDatabaseTest(database)
{
    [StorageFact]
    public async Task Interleaved_senders_on_two_instances_keep_every_entry_once_in_order()
    {
        for (var round = 0; round < 5; round++)
        {
            var a = new BotProcess(Database.Open());
            var b = new BotProcess(Database.Open());
            var conv = $"race-{round}";
            await a.SayAsync("u", conv, "start");
            const int N = 12;
            await Task.WhenAll(
                Task.Run(() => SendAsync(a, conv, "alpha", N)),
                Task.Run(() => SendAsync(b, conv, "beta", N)));
            var transcript = (await a.InterviewAsync(conv)).Transcript.Select(t => t.Text).ToList();
            foreach (var who in new[] { "alpha", "beta" })
            {
                var mine = transcript.Where(t => t.StartsWith(who, StringComparison.Ordinal)).ToList();
                Assert.Equal(Enumerable.Range(0, N).Select(i => $"{who} answer {i} lead product"), mine);
            }
        }
    }

    [StorageFact]
    public async Task Many_instances_finishing_one_persons_conversations_at_once_keep_every_entry()
    {
        const int K = 12;
        var bots = Enumerable.Range(0, K).Select(_ => new BotProcess(Database.Open())).ToArray();
        for (var round = 0; round < 3; round++)
        {
            for (var k = 0; k < K; k++)
            {
                await bots[k].AnswerAllButTheLastAsync("pat", $"r{round}-k{k}");
            }

            // A turn that ran out of retries would throw here and fail the test.
            await Task.WhenAll(Enumerable.Range(0, K).Select(k => Task.Run(() => bots[k].SayAsync("pat", $"r{round}-k{k}", "skip"))));
        }

        var history = await bots[0].HistoryAsync("pat");
        Assert.Equal(3 * K, history.Count);
        Assert.Equal(3 * K, history.Select(h => h.Id).Distinct().Count());
    }

    private static async Task SendAsync(BotProcess bot, string conversation, string who, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await bot.SayAsync("u", conversation, $"{who} answer {i} lead product");
        }
    }
}

public sealed class SqliteRaceStressTests() : RaceStressTests(new TempDatabase());

[Collection(PostgresTests.Name)]
[RequiresPostgres]
public sealed class PostgresRaceStressTests(PostgresCluster cluster) : RaceStressTests(new PostgresTestDatabase(cluster));
