using System.Diagnostics;
using System.Net;
using CareerBot.Application.Identity;
using CareerBot.Application.Documents;
using CareerBot.Bot.Tests.Support;
using CareerBot.Domain.Content;
using CareerBot.Testing;
using Xunit.Abstractions;

namespace CareerBot.Bot.Tests.Resilience;

/// <summary>
/// Two bot processes on one PostgreSQL, as behind a load balancer: 100 conversations take the whole interview at once,
/// their messages spread over both instances, and in some conversations two messages (or the same message twice, as
/// a channel's retry) reach both instances at the same moment. Every answer is kept, once, in the order it was given.
/// </summary>
[Collection(PostgresTests.Name)]
[RequiresPostgres]
public sealed class TwoInstancesTests(PostgresCluster cluster, ITestOutputHelper output) : StateDatabaseTest(new PostgresTestDatabase(cluster))
{
    private const int Conversations = 100;

    /// <summary>The interview's open questions answered, then the fact questions skipped: the assessment completes.</summary>
    private static readonly string[] Answers =
    [
        "I want to move into people management and lead a team",
        "Build a strong, happy product team",
        "Mentor more juniors and take a management course",
        "In three years I want to be a product director leading several teams",
        "skip", "skip", "skip", "skip",
    ];

    private static readonly string[] OpenQuestions = ["plan", "goal", "approach", "threeYear"];

    [StorageFact]
    public async Task Every_answer_is_kept_once_and_in_order_when_two_instances_take_the_same_conversations()
    {
        var watch = Stopwatch.StartNew();
        await using var connector = await ConnectorStub.StartAsync();
        connector.Recording = false;
        using var channel = new BotClient(connector.ServiceUrl);
        var connectionString = ((PostgresTestDatabase)Database).ConnectionString;
        await using var first = await BotProcess.StartAsync("postgres", connectionString);
        await using var second = await BotProcess.StartAsync("postgres", connectionString);
        BotProcess[] instances = [first, second];
        var startup = watch.Elapsed;

        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Conversations), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, _) =>
        {
            var conversation = $"race-{n}";
            async Task Say(BotProcess bot, string text, string? id = null)
            {
                var status = await channel.SayAsync(bot, conversation, text, id);
                if (status != HttpStatusCode.OK)
                {
                    failures.Enqueue($"{conversation} '{text}': {(int)status}");
                }
            }

            await Say(instances[n % 2], "start");
            for (var i = 0; i < Answers.Length; i++)
            {
                if (n % 4 == 1 && i == 1)
                {
                    // The second and third answers in quick succession, each to another instance at the same moment:
                    // both are kept (which one is the goal and which the approach is the race's to decide).
                    await Task.WhenAll(Say(first, Answers[1]), Say(second, Answers[2]));
                    i++;
                }
                else if (n % 4 == 2)
                {
                    // The channel retries: the same activity reaches both instances at once, and counts once.
                    var id = Guid.NewGuid().ToString("N");
                    await Task.WhenAll(Say(first, Answers[i], id), Say(second, Answers[i], id));
                }
                else
                {
                    await Say(instances[(n + i) % 2], Answers[i]);
                }
            }
        });
        var conversing = watch.Elapsed - startup;

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)) + "\n" + first.Output + "\n" + second.Output);
        var store = Database.Open();
        for (var n = 0; n < Conversations; n++)
        {
            var conversation = $"race-{n}";
            var history = (await PersonProfiles.ReadAsync(store, new PersonKey(BotClient.Channel, null, "user-" + conversation), CareerContent.Default.Questions)).History;
            var assessment = history.Count == 1 ? history[0] : null;
            Assert.True(assessment is not null, $"{conversation} has {history.Count} assessments; its interview: "
                + (await BotClient.StoredInterviewAsync(store, conversation)).ToJsonString() + "\nthe instances' errors:\n" + Errors(first) + Errors(second));
            // What the user said to the open questions, in the order the interview took it (commands left out).
            var said = assessment!.Transcript.Select(t => t.Text).Where(t => Answers.Take(4).Contains(t)).ToList();
            var kept = OpenQuestions.Select(q => assessment!.Answers.TryGetValue(q, out var a) ? a.Text : "(missing)").ToList();
            if (n % 4 == 1)
            {
                // Answers 2 and 3 raced: each kept once, in either order; everything else in the order it was given.
                Assert.Equal([Answers[0], Answers[3]], [kept[0], kept[3]]);
                Assert.Equal([Answers[1], Answers[2]], kept.Skip(1).Take(2).Order(StringComparer.Ordinal).ToArray());
                Assert.Equal(4, said.Count);
            }
            else
            {
                Assert.Equal(Answers.Take(4), kept);
                Assert.Equal(Answers.Take(4), said);
            }
        }

        output.WriteLine(Errors(first) + Errors(second));
        output.WriteLine($"two instances on PostgreSQL: started in {startup.TotalSeconds:0.0} s; {Conversations} conversations × {Answers.Length + 1} messages "
            + $"({Conversations / 4} with two answers racing, {Conversations / 4} with every message delivered to both) in {conversing.TotalSeconds:0.0} s; "
            + "every answer kept once, in order");
    }

    private static string Errors(BotProcess bot) =>
        string.Join("\n", bot.Output.Split('\n').Where(l => l.Contains("fail:", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)).Take(8));
}
