using System.Text.Json.Nodes;
using CareerBot.Bot.Tests.Support;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;

namespace CareerBot.Bot.Tests.Channels.Activities;

/// <summary>"That's not me": a user corrects a result; the correction is kept beside the original and used after.</summary>
public class CorrectionConversationTests
{
    /// <summary>Skips every question: the result is Product Assistant → Product Manager, L1.</summary>
    private static Conversation FinishWithEverythingSkipped(Conversation chat, Action<JsonObject> resultCard)
    {
        var flow = chat.User("start").Bot("let's begin", "1/8");
        for (var i = 0; i < 7; i++)
        {
            flow = flow.User("skip").Bot("skipping");
        }

        return flow.User("skip").BotCard(resultCard, "skipping", "Product Assistant");
    }

    private static string CorrectionAssessmentId(JsonObject card) =>
        Conversation.Descendants(card)
            .Select(o => o["data"] as JsonObject)
            .Where(d => (string?)d?["command"] == "correct")
            .Select(d => (string)d!["assessmentId"]!)
            .Single();

    [Fact]
    public async Task A_corrected_result_is_kept_beside_the_original_and_shown_from_then_on()
    {
        var chat = new Conversation(locale: "en-US");
        string? assessmentId = null;
        await FinishWithEverythingSkipped(chat, card =>
            {
                assessmentId = CorrectionAssessmentId(card);
                Assert.Contains(Conversation.Inputs(card), i => (string?)i["id"] == "correctedLevel");
            })
            .RunAsync();

        await chat
            .Taps(new { command = "correct", assessmentId, correctedLevel = "management:3" })
            .BotCard(card => Assert.Contains("Team Lead", card.ToReadableJson(), StringComparison.Ordinal), "Saved your correction", "Team Lead", "Product Director")
            .User("result")
            .BotCard(card => Assert.Contains("Team Lead", card.ToReadableJson(), StringComparison.Ordinal))
            .RunAsync();

        var kept = Assert.Single(await chat.HistoryAsync());
        Assert.Equal(Track.Professional, kept.Result.Track);
        Assert.Equal(1, kept.Result.Level);
        var correction = Assert.IsType<Domain.Interview.CorrectedResult>(kept.Correction);
        Assert.Equal(Track.Management, correction.Result.Track);
        Assert.Equal(3, correction.Result.Level);
        Assert.Equal(4, correction.Result.TargetLevel);
        Assert.Contains(correction.Result.Evidence, e => e.Rule == AssessmentCorrection.UserRule);
        Assert.Same(correction.Result, kept.EffectiveResult());
    }

    [Fact]
    public async Task A_correction_from_an_older_assessment_is_refused()
    {
        var chat = new Conversation(locale: "zh-CN");
        await chat
            .User("结果").Bot("还没有评估结果")
            .Taps(new { command = "correct", assessmentId = Guid.NewGuid(), correctedLevel = "management:3" }).Bot("更早的一次评估")
            .RunAsync();
    }

    [Fact]
    public async Task A_correction_naming_no_real_level_asks_again()
    {
        var chat = new Conversation(locale: "en-US");
        string? assessmentId = null;
        await FinishWithEverythingSkipped(chat, card => assessmentId = CorrectionAssessmentId(card)).RunAsync();

        await chat.Taps(new { command = "correct", assessmentId, correctedLevel = "management:9" }).Bot("Please pick a track and level").RunAsync();
        Assert.Null(Assert.Single(await chat.HistoryAsync()).Correction);
    }
}
