using CareerBot.Bot.Bot;
using CareerBot.Bot.Storage;
using CareerBot.Bot.Tests.Support;
using CareerBot.Domain.Interview;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CareerBot.Bot.Tests.Bot;

/// <summary>
/// An interview lives in the database, not in the process: a new process on the same database carries on. Runs
/// against each SQL provider (the classes below).
/// </summary>
public abstract class RestartSurvivalTests(ITestStateDatabase database) : StateDatabaseTest(database)
{
    [StorageFact]
    public async Task An_interview_continues_at_the_same_question_after_a_restart()
    {
        await new Conversation(Database.Open(), locale: "zh-CN")
            .User("开始").Bot("我们开始吧", "1/8")
            .User("想在专业上做深，三年后成为资深产品经理").Bot("2/8")
            .User("负责好一个完整的功能模块").Bot("3/8")
            .RunAsync();

        // A new storage instance and a new bot: nothing survives but the database.
        Database.Restart();
        var afterRestart = new Conversation(Database.Open(), locale: "zh-CN");
        await afterRestart
            .User("多学习数据分析").Bot("4/8", "你最近3年的职业规划是怎样的？")
            .User("上一步").Bot("多学习数据分析", "3/8")
            .RunAsync();
    }

    [StorageFact]
    public async Task A_finished_assessment_is_in_the_history_after_a_restart()
    {
        var chat = new Conversation(Database.Open(), locale: "en-US");
        var flow = chat.User("start").Bot("let's begin", "1/8");
        for (var i = 0; i < 8; i++)
        {
            flow = flow.User("skip").Bot("skipping");
        }

        await flow.RunAsync();

        var reopened = new Conversation(Database.Open(), locale: "en-US");
        var history = await reopened.HistoryAsync();
        var kept = Assert.Single(history);
        Assert.Equal(8, kept.Answers.Count);
        Assert.All(kept.Answers.Values, a => Assert.True(a.Skipped));
        Assert.NotEmpty(kept.Result.Evidence);
    }

    [StorageFact]
    public async Task An_interview_and_a_history_stored_by_the_SDKs_bot_state_carry_on_after_the_upgrade()
    {
        // Versions before TurnState kept state through ConversationState and UserState: typed objects in a
        // dictionary of properties. Make that state from a real interview, then store it the old way.
        var chat = new Conversation(Database.Open(), locale: "zh-CN");
        await chat
            .User("开始").Bot("我们开始吧", "1/8")
            .User("想在专业上做深，三年后成为资深产品经理").Bot("2/8")
            .RunAsync();
        var current = await Database.Open().ReadAsync(["test/conversations/conversation1"]);
        var interview = StateDocument.Read(current["test/conversations/conversation1"], CareerBotHandler.InterviewProperty, StateJsonContext.Default.InterviewState)!;
        var earlier = new CompletedAssessment { Id = Guid.NewGuid(), LanguageTag = "zh-CN", Result = new(Domain.Ladders.Track.Professional, 2, 3, Domain.Learning.LearningStage.L1, []) };

        var storage = Database.Open();
        await storage.DeleteAsync(["test/conversations/conversation1"]);
        var old = new Activity { Type = ActivityTypes.Message, ChannelId = "test", Conversation = new ConversationAccount(id: "conversation1"), From = new ChannelAccount(Conversation.UserId) };
        using (var turn = new TurnContext(new TestAdapter(), old))
        {
            var conversationState = new ConversationState(storage);
            var userState = new UserState(storage);
            await conversationState.CreateProperty<InterviewState>(CareerBotHandler.InterviewProperty).SetAsync(turn, interview);
            await userState.CreateProperty<UserProfile>(CareerBotHandler.ProfileProperty).SetAsync(turn, new UserProfile { History = [earlier] });
            await conversationState.SaveChangesAsync(turn);
            await userState.SaveChangesAsync(turn);
        }

        Database.Restart();
        var upgraded = new Conversation(Database.Open(), locale: "zh-CN");
        await upgraded
            .User("负责好一个完整的功能模块").Bot("3/8")
            .User("上一步").Bot("负责好一个完整的功能模块", "2/8")
            .RunAsync();
        Assert.Equal(earlier.Id, Assert.Single(await upgraded.HistoryAsync()).Id);
    }
}

public sealed class SqliteRestartSurvivalTests() : RestartSurvivalTests(new TempDatabase());

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresRestartSurvivalTests(PostgresCluster cluster) : RestartSurvivalTests(new PostgresTestDatabase(cluster));
