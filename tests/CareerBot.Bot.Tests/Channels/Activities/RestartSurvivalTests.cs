using CareerBot.Bot.Tests.Support;
using CareerBot.Testing;

namespace CareerBot.Bot.Tests.Channels.Activities;

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

        Database.Restart();
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
        // Versions before documents kept state through the SDK's ConversationState and UserState: Newtonsoft with a
        // $type on every object and list, PascalCase names, enums as numbers, and the interview's place as a position.
        var earlier = Guid.NewGuid();
        await Database.Open().ReadAsync(["any"], default);
        Database.InsertRaw("test/conversations/conversation1", """
            {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib",
             "interview":{"$type":"CareerBot.Domain.Interview.InterviewState, CareerBot.Domain","LanguageTag":"zh-CN","Phase":1,"QuestionIndex":1,"Attempts":0,"Suggestion":null,
              "Answers":{"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[CareerBot.Domain.Interview.RecordedAnswer, CareerBot.Domain]], System.Private.CoreLib",
               "plan":{"$type":"CareerBot.Domain.Interview.RecordedAnswer, CareerBot.Domain","Text":"想在专业上做深，三年后成为资深产品经理","Value":null,"Skipped":false}},
              "Transcript":{"$type":"System.Collections.Generic.List`1[[CareerBot.Domain.Interview.TranscriptEntry, CareerBot.Domain]], System.Private.CoreLib","$values":[]},
              "StartedAt":"2026-11-01T08:00:00+08:00","LastAssessmentId":null,"LastResult":null,"LastCorrectedResult":null}}
            """);
        Database.InsertRaw("test/users/user1", """
            {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib",
             "profile":{"$type":"CareerBot.Bot.Channels.Activities.UserProfile, CareerBot.Bot","History":{"$type":"System.Collections.Generic.List`1[[CareerBot.Domain.Interview.CompletedAssessment, CareerBot.Domain]], System.Private.CoreLib","$values":[
              {"$type":"CareerBot.Domain.Interview.CompletedAssessment, CareerBot.Domain","Id":"EARLIER","StartedAt":"2026-10-01T08:00:00+08:00","CompletedAt":"2026-10-01T08:05:00+08:00","LanguageTag":"zh-CN",
               "Answers":{"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[CareerBot.Domain.Interview.RecordedAnswer, CareerBot.Domain]], System.Private.CoreLib"},
               "Transcript":{"$type":"System.Collections.Generic.List`1[[CareerBot.Domain.Interview.TranscriptEntry, CareerBot.Domain]], System.Private.CoreLib","$values":[]},
               "Result":{"$type":"CareerBot.Domain.Analysis.Assessment, CareerBot.Domain","Track":0,"Level":2,"TargetLevel":3,"LearningStage":1,"Evidence":{"$type":"CareerBot.Domain.Analysis.Evidence[], CareerBot.Domain","$values":[]}},
               "Correction":null}]}}}
            """.Replace("EARLIER", earlier.ToString(), StringComparison.Ordinal));

        Database.Restart();
        var upgraded = new Conversation(Database.Open(), locale: "zh-CN");
        await upgraded
            .User("负责好一个完整的功能模块").Bot("3/8")
            .User("上一步").Bot("负责好一个完整的功能模块", "2/8")
            .User("上一步").Bot("想在专业上做深", "1/8")
            .RunAsync();
        Assert.Equal(earlier, Assert.Single(await upgraded.HistoryAsync()).Id);
    }

    [StorageFact]
    public async Task An_interview_stored_in_the_state_document_envelope_carries_on_and_its_row_is_moved()
    {
        // The version before documents wrapped the camelCase JSON in a Newtonsoft envelope, keyed as ConversationState.
        await Database.Open().ReadAsync(["any"], default);
        Database.InsertRaw("test/conversations/conversation1", """
            {"$type":"CareerBot.Bot.Storage.StateDocument, CareerBot.Bot","Json":{"languageTag":"en-US","phase":"Asking","questionIndex":2,"attempts":0,
             "answers":{"plan":{"text":"Lead a team","value":null,"skipped":false},"goal":{"text":"Ship the billing revamp","value":null,"skipped":false}},"transcript":[]}}
            """);

        Database.Restart();
        var store = Database.Open();
        await new Conversation(store, locale: "en-US").User("Mentor two juniors and run the planning").Bot("4/8").RunAsync();

        var rows = await store.ReadAsync(["test/conversations/conversation1", "conversation/test/conversation1"], default);
        var moved = Assert.Single(rows);
        Assert.Equal("conversation/test/conversation1", moved.Key);
        Assert.Contains("\"questionId\":\"threeYear\"", moved.Value.Json, StringComparison.Ordinal);
    }
}

public sealed class SqliteRestartSurvivalTests() : RestartSurvivalTests(new TempDatabase());

[Collection(PostgresTests.Name)]
[RequiresPostgres]
public sealed class PostgresRestartSurvivalTests(PostgresCluster cluster) : RestartSurvivalTests(new PostgresTestDatabase(cluster));
