using System.Text.Json.Nodes;
using CareerBot.Application.Documents;
using CareerBot.Application.Tests.Support;
using CareerBot.Application.Turns;
using CareerBot.Domain.Content;
using CareerBot.Testing;

namespace CareerBot.Application.Tests.Turns;

/// <summary>
/// The application core on each store: no write is lost when turns race — two conversations of one person finishing at
/// once, one conversation answered through two instances — documents carry no .NET type names, and an interview in
/// progress survives content that reorders its questions.
/// </summary>
public abstract class TurnProcessorTests(ITestStateDatabase database) : StateDatabaseTest(database)
{
    [StorageFact]
    public async Task Two_conversations_of_one_person_finishing_at_once_keep_both_history_entries()
    {
        var bot = new BotProcess(Database.Open());

        var history = await FinishConversationsInPairsAsync(bot, bot, "alice");

        Assert.Equal(2 * Pairs, history.Count);
        Assert.Equal(2 * Pairs, history.Select(h => h.Id).Distinct().Count());
    }

    [StorageFact]
    public async Task Two_instances_finishing_one_persons_conversations_at_once_keep_both_history_entries()
    {
        var history = await FinishConversationsInPairsAsync(new BotProcess(Database.Open()), new BotProcess(Database.Open()), "bob");

        Assert.Equal(2 * Pairs, history.Count);
        Assert.Equal(2 * Pairs, history.Select(h => h.Id).Distinct().Count());
    }

    [StorageFact]
    public async Task Answers_to_one_conversation_through_two_instances_at_once_are_all_kept()
    {
        var first = new BotProcess(Database.Open());
        var second = new BotProcess(Database.Open());
        await first.SayAsync("carol", "c", "start");

        // Each instance gates its own turns only: between them, the conditional write decides who goes second.
        await Task.WhenAll(
            Task.Run(() => first.SayAsync("carol", "c", "I want to lead a product team")),
            Task.Run(() => second.SayAsync("carol", "c", "Ship the billing revamp")));
        await Task.WhenAll(
            Task.Run(() => second.SayAsync("carol", "c", "Mentor juniors and run planning")),
            Task.Run(() => first.SayAsync("carol", "c", "Head of product in three years")));

        var interview = await first.InterviewAsync("c");
        Assert.Equal(4, interview.Answers.Count);
        Assert.Equal(4, interview.Transcript.Count);
        Assert.Equal("experience", interview.QuestionId);
    }

    [StorageFact]
    public async Task A_message_redelivered_to_two_instances_at_once_is_processed_once()
    {
        var first = new BotProcess(Database.Open());
        var second = new BotProcess(Database.Open());
        await first.SayAsync("gina", "g", "start");

        var results = await Task.WhenAll(
            Task.Run(() => first.SayAsync("gina", "g", "I want to lead a product team", activityId: "msg-2")),
            Task.Run(() => second.SayAsync("gina", "g", "I want to lead a product team", activityId: "msg-2")),
            Task.Run(() => first.SayAsync("gina", "g", "I want to lead a product team", activityId: "msg-2")));

        // One of them answered; the others were recognised as the same message and said nothing.
        Assert.Single(results, r => r.Outcome.Views.Count > 0);
        var interview = await first.InterviewAsync("g");
        Assert.Single(interview.Transcript);
        Assert.Equal("goal", interview.QuestionId);
    }

    [StorageFact]
    public async Task Stored_documents_carry_no_dotnet_type_names()
    {
        var bot = new BotProcess(Database.Open());
        await bot.AnswerAllButTheLastAsync("dave", "d");
        await bot.SayAsync("dave", "d", "I have used ChatGPT to write specs");

        var store = Database.Open();
        var keys = await store.KeysAsync(string.Empty, string.Empty, default);
        Assert.Equal(["conversation/test/d", "person/test//dave"], keys);
        foreach (var stored in (await store.ReadAsync(keys, default)).Values)
        {
            Assert.DoesNotContain("$type", stored.Json, StringComparison.Ordinal);
            Assert.DoesNotContain("CareerBot.", stored.Json, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", stored.Json, StringComparison.Ordinal);
            Assert.StartsWith("""{"schema":1,""", stored.Json, StringComparison.Ordinal);
        }
    }

    [StorageFact]
    public async Task An_interview_in_progress_survives_content_that_reorders_its_questions()
    {
        var store = Database.Open();
        var before = new BotProcess(store);
        await before.SayAsync("erin", "e", "start");
        await before.SayAsync("erin", "e", "Grow into a principal PM");
        await before.SayAsync("erin", "e", "Own the checkout module");
        Assert.Equal("approach", (await before.InterviewAsync("e")).QuestionId);

        // The organisation moves the fact questions first and the 3-year question before the approach.
        using var reordered = ReorderedContent("experience", "scope", "team", "ai", "plan", "goal", "threeYear", "approach");
        var after = new BotProcess(store, reordered.Content);
        var asked = new List<string>();
        for (var turn = 0; turn < 10 && (await after.InterviewAsync("e")).Phase == Domain.Interview.InterviewPhase.Asking; turn++)
        {
            asked.Add((await after.InterviewAsync("e")).QuestionId!);
            await after.SayAsync("erin", "e", "skip");
        }

        // The question being asked is asked first, then every question not yet answered, each once, in the new order.
        Assert.Equal(["approach", "experience", "scope", "team", "ai", "threeYear"], asked);
        var finished = Assert.Single(await after.HistoryAsync("erin"));
        Assert.Equal(8, finished.Answers.Count);
        Assert.Equal("Grow into a principal PM", finished.Answers["plan"].Text);
    }

    [StorageFact]
    public async Task A_document_from_a_newer_version_is_refused_not_overwritten()
    {
        var store = Database.Open();
        var newer = """{"schema":99,"interview":{},"whatever":"comes next"}""";
        await store.WriteAsync([DocumentWrite.Put(BotProcess.Conversation("f").DocumentKey, newer, null)], default);

        await Assert.ThrowsAsync<InvalidDataException>(() => new BotProcess(store).SayAsync("frank", "f", "start"));

        var key = BotProcess.Conversation("f").DocumentKey;
        Assert.Equal(newer, (await store.ReadAsync([key], default))[key].Json);
    }

    private const int Pairs = 10;

    /// <summary>
    /// <see cref="Pairs"/> pairs of <paramref name="user"/>'s conversations, one of each pair on each process, brought to
    /// their last question; then each pair's last answers arrive together, so both turns read the person's history
    /// before either writes it. Returns the history kept.
    /// </summary>
    private static async Task<IReadOnlyList<Domain.Interview.CompletedAssessment>> FinishConversationsInPairsAsync(BotProcess first, BotProcess second, string user)
    {
        for (var pair = 0; pair < Pairs; pair++)
        {
            await first.AnswerAllButTheLastAsync(user, $"a-{pair}");
            await second.AnswerAllButTheLastAsync(user, $"b-{pair}");
        }

        for (var pair = 0; pair < Pairs; pair++)
        {
            await Task.WhenAll(
                Task.Run(() => first.SayAsync(user, $"a-{pair}", "skip")),
                Task.Run(() => second.SayAsync(user, $"b-{pair}", "skip")));
        }

        return await first.HistoryAsync(user);
    }

    /// <summary>The shipped content with its questions in another order, in a folder of its own.</summary>
    private static TemporaryContent ReorderedContent(params string[] order)
    {
        var folder = Directory.CreateTempSubdirectory("careerbot-content-");
        foreach (var file in Directory.EnumerateFiles(CareerContent.DefaultDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.FullName, Path.GetRelativePath(CareerContent.DefaultDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var path = Path.Combine(folder.FullName, "questions.json");
        var questions = JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        var byId = questions["questions"]!.AsArray().ToDictionary(q => (string)q!["id"]!, q => q!.DeepClone());
        questions["questions"] = new JsonArray([.. order.Select(id => byId[id])]);
        File.WriteAllText(path, questions.ToJsonString());
        return new TemporaryContent(folder, CareerContent.Load(folder.FullName));
    }

    private sealed class TemporaryContent(DirectoryInfo folder, CareerContent content) : IDisposable
    {
        public CareerContent Content => content;

        public void Dispose() => folder.Delete(recursive: true);
    }
}

public sealed class MemoryTurnProcessorTests() : TurnProcessorTests(new MemoryTestDatabase());

public sealed class SqliteTurnProcessorTests() : TurnProcessorTests(new TempDatabase());

[Collection(PostgresTests.Name)]
[RequiresPostgres]
public sealed class PostgresTurnProcessorTests(PostgresCluster cluster) : TurnProcessorTests(new PostgresTestDatabase(cluster));
