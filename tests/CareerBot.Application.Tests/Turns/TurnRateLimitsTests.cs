using CareerBot.Application.Documents;
using CareerBot.Application.Tests.Support;
using CareerBot.Application.Turns;
using CareerBot.Domain.Views;

namespace CareerBot.Application.Tests.Turns;

/// <summary>
/// One person flooding the bot: past their burst their turns are refused before touching storage, they are told once
/// in their language, and everyone else goes on as before.
/// </summary>
public sealed class TurnRateLimitsTests : IDisposable
{
    private readonly TurnRateLimits _limits = new(new TurnRateLimitOptions { PersonBurst = 5, ConversationBurst = 8, NoticeInterval = TimeSpan.FromMinutes(1) });
    private readonly MemoryDocumentStore _store = new();
    private readonly BotProcess _bot;

    public TurnRateLimitsTests() => _bot = new BotProcess(_store, limits: _limits);

    public void Dispose() => _limits.Dispose();

    [Fact]
    public async Task A_flood_from_one_person_is_refused_past_the_burst_with_one_notice_and_others_carry_on()
    {
        var results = new List<TurnResult>();
        for (var i = 0; i < 30; i++)
        {
            results.Add(await _bot.SayAsync("flooder", "c-flood", i == 0 ? "start" : "I want to lead a product team " + i));
        }

        Assert.Equal(5, results.Count(r => !r.RateLimited));
        var notices = results.Where(r => r.RateLimited).SelectMany(r => r.Outcome.Views).ToList();
        var notice = Assert.IsType<MessageView>(Assert.Single(notices));
        Assert.Contains("wait a few seconds", Plain(notice), StringComparison.Ordinal);

        var other = await _bot.SayAsync("someone-else", "c-other", "start");
        Assert.False(other.RateLimited);
        Assert.Contains(other.Outcome.Views, v => v is OpenQuestionView or FactQuestionView);
    }

    [Fact]
    public async Task Refused_turns_are_not_recorded()
    {
        string[] said = ["start", "I want to lead a product team", "Ship the billing revamp", "Grow a strong team", "Learn to build AI features", "Become a director", "Mentor others"];
        var unlimited = new BotProcess(new MemoryDocumentStore());
        foreach (var text in said)
        {
            await _bot.SayAsync("flooder", "c-flood", text);
        }

        foreach (var text in said.Take(5))
        {
            await unlimited.SayAsync("flooder", "c-flood", text);
        }

        var kept = await _bot.InterviewAsync("c-flood");
        var expected = await unlimited.InterviewAsync("c-flood");
        Assert.Equal(expected.QuestionId, kept.QuestionId);
        Assert.Equal(expected.Answers.Keys.Order(), kept.Answers.Keys.Order());
    }

    [Fact]
    public async Task A_person_is_told_in_their_own_language()
    {
        using var limits = new TurnRateLimits(new TurnRateLimitOptions { PersonBurst = 1 });
        var bot = new BotProcess(_store, limits: limits);
        await bot.SayAsync("zh", "c-zh", "开始");

        var refused = await bot.Processor.HandleAsync(
            new Turn(BotProcess.Person("zh"), BotProcess.Conversation("c-zh"), TurnKind.Message, new Domain.Interview.UserTurn("我想带团队", null, null)) { ActivityId = "a2" },
            CancellationToken.None);

        Assert.True(refused.RateLimited);
        Assert.Contains("请等几秒再发", Plain(Assert.IsType<MessageView>(Assert.Single(refused.Outcome.Views))), StringComparison.Ordinal);
    }

    private static string Plain(MessageView view) =>
        string.Concat(view.Text.Blocks.OfType<Paragraph>().SelectMany(p => p.Runs).Select(r => r.Text));
}
