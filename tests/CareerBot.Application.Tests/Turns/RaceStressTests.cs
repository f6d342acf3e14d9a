using CareerBot.Application.Tests.Support;
using CareerBot.Testing;
using Xunit.Abstractions;

namespace CareerBot.Application.Tests.Turns;

/// <summary>
/// Red-team stress on the conditional writes: two instances each sending a sequence of answers to one conversation at
/// once keep every entry once and each sender's in order; many instances finishing one person's conversations at once
/// keep every history entry, within the processor's retry budget.
/// </summary>
public abstract class RaceStressTests(ITestStateDatabase database, ITestOutputHelper output) : StateDatabaseTest(database)
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
                Task.Run(async () => { for (var i = 0; i < N; i++) await a.SayAsync("u", conv, $"alpha answer {i} lead product"); }),
                Task.Run(async () => { for (var i = 0; i < N; i++) await b.SayAsync("u", conv, $"beta answer {i} lead product"); }));
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
        var failures = 0;
        for (var round = 0; round < 3; round++)
        {
            for (var k = 0; k < K; k++)
            {
                await bots[k].AnswerAllButTheLastAsync("pat", $"r{round}-k{k}");
            }

            var results = await Task.WhenAll(Enumerable.Range(0, K).Select(k => Task.Run(async () =>
            {
                try { await bots[k].SayAsync("pat", $"r{round}-k{k}", "skip"); return true; }
                catch (Exception e) { output.WriteLine(e.GetType().Name + ": " + e.Message); return false; }
            })));
            failures += results.Count(r => !r);
        }

        var history = await bots[0].HistoryAsync("pat");
        output.WriteLine($"history {history.Count}, failures {failures}");
        Assert.Equal(0, failures);
        Assert.Equal(3 * K, history.Count);
        Assert.Equal(3 * K, history.Select(h => h.Id).Distinct().Count());
    }
}

public sealed class SqliteRaceStressTests(ITestOutputHelper output) : RaceStressTests(new TempDatabase(), output);

[Collection(PostgresTests.Name)]
[RequiresPostgres]
public sealed class PostgresRaceStressTests(PostgresCluster cluster, ITestOutputHelper output) : RaceStressTests(new PostgresTestDatabase(cluster), output);
