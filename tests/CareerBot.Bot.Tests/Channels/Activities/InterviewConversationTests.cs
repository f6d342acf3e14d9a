using CareerBot.Bot.Tests.Support;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;

namespace CareerBot.Bot.Tests.Channels.Activities;

/// <summary>Whole interviews and every command, through the SDK's TestAdapter, as a user would have them.</summary>
public class InterviewConversationTests
{
    [Fact]
    public async Task Chinese_interview_maps_a_module_owner_who_wants_depth_to_senior_pm_aiming_principal()
    {
        var chat = new Conversation(locale: "zh-CN");
        await chat
            .User("开始").Bot("我们开始吧", "1/8", "你的职业规划是什么？")
            .User("我想在专业上做深，成为产品专家，不想带团队").Bot("2/8", "如果你入职了，在这个岗位想达到怎样的目标？")
            .User("把我负责的功能做到行业领先").Bot("3/8", "打算如何达到你的目标？")
            .User("多做项目，系统学习数据分析").Bot("4/8", "你最近3年的职业规划是怎样的？")
            .User("三年后成为资深产品经理，负责一条核心业务线").BotAsksFact("experience", "5/8")
            .User("两年半").BotAsksFact("scope", "6/8")
            .Taps(new { answerTo = "scope", scope = "module" }).BotAsksFact("team", "7/8")
            .Taps(new { answerTo = "team", team = "none" }).BotAsksFact("ai", "8/8")
            .User("用过ChatGPT写周报")
            .BotCard(
                card =>
                {
                    var json = card.ToReadableJson();
                    Assert.Contains("高级产品经理", json, StringComparison.Ordinal);
                    Assert.Contains("资深产品经理", json, StringComparison.Ordinal);
                    Assert.Contains("AI大模型API应用开发工程", json, StringComparison.Ordinal);
                },
                "高级产品经理", "资深产品经理", "L2")
            .RunAsync();

        var history = await chat.HistoryAsync();
        var kept = Assert.Single(history);
        Assert.Equal(Track.Professional, kept.Result.Track);
        Assert.Equal(3, kept.Result.Level);
        Assert.Equal(4, kept.Result.TargetLevel);
        Assert.Equal(LearningStage.L2, kept.Result.LearningStage);
        Assert.Equal("两年半", kept.Answers["experience"].Text);
        Assert.Equal("zh-CN", kept.LanguageTag);
    }

    [Fact]
    public async Task English_interview_maps_a_mentor_who_wants_to_lead_to_core_member_aiming_director()
    {
        var chat = new Conversation(locale: "en-US");
        await chat
            .User("hi").Bot("let's begin", "1/8", "What is your career plan?")
            .User("I want to move into people management and lead a team").Bot("2/8", "If you took this role, what goal would you want to reach in it?")
            .User("Build a strong, happy product team").Bot("3/8", "How do you plan to reach that goal?")
            .User("Mentor more juniors and take a management course").Bot("4/8", "What is your plan for the next 3 years?")
            .User("In three years I want to be a product director leading several teams").BotAsksFact("experience", "5/8")
            .User("five years").BotAsksFact("scope", "6/8")
            .User("skip").BotAsksFact("team", "7/8", "skipping")
            .Taps(new { answerTo = "team", team = "mentor" }).BotAsksFact("ai", "8/8")
            .User("I built a RAG-based support agent that runs in production")
            .BotCard(card => Assert.Contains("Fine-tuning and private deployment", card.ToReadableJson(), StringComparison.Ordinal), "Core Member", "Product Director", "L4")
            .RunAsync();

        var kept = Assert.Single(await chat.HistoryAsync());
        Assert.Equal(Track.Management, kept.Result.Track);
        Assert.Equal(2, kept.Result.Level);
        Assert.Equal(4, kept.Result.TargetLevel);
        Assert.Equal(LearningStage.L4, kept.Result.LearningStage);
        Assert.True(kept.Answers["scope"].Skipped);
    }

    [Fact]
    public async Task Greets_a_user_who_joins_but_never_itself()
    {
        await new Conversation(locale: "en-US")
            .Joins("careerbot").BotSaysNothingMore()
            .Joins(Conversation.UserId)
            .BotCard(card => Assert.Contains("start", card.ToReadableJson(), StringComparison.OrdinalIgnoreCase))
            .RunAsync();
    }

    [Fact]
    public async Task Help_explains_the_commands_and_repeats_the_current_question()
    {
        await new Conversation(locale: "zh-CN")
            .User("开始").Bot("我们开始吧", "1/8")
            .User("帮助").Bot("跳过", "上一步", "重新开始", "取消", "1/8", "你的职业规划是什么？")
            .RunAsync();
    }

    [Fact]
    public async Task Back_returns_to_the_previous_question_and_shows_the_earlier_answer()
    {
        await new Conversation(locale: "en-US")
            .User("start").Bot("let's begin", "1/8")
            .User("Grow into a senior PM").Bot("2/8")
            .User("back").Bot("Your earlier answer", "Grow into a senior PM", "1/8", "What is your career plan?")
            .User("Lead a team").Bot("2/8")
            .RunAsync();
    }

    [Fact]
    public async Task Back_on_the_first_question_says_so()
    {
        await new Conversation(locale: "zh-CN")
            .User("开始").Bot("我们开始吧", "1/8")
            .User("上一步").Bot("第一题", "1/8")
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_pauses_and_start_resumes_at_the_same_question()
    {
        await new Conversation(locale: "en-US")
            .User("start").Bot("let's begin", "1/8")
            .User("Become a principal PM").Bot("2/8")
            .User("cancel").Bot("paused")
            .User("what now?").Bot("paused")
            .User("start").Bot("Welcome back", "2/8")
            .RunAsync();
    }

    [Fact]
    public async Task Skip_and_back_with_no_interview_running_say_which_one_has_nothing_to_do()
    {
        await new Conversation(locale: "en-US")
            .User("skip").Bot("no question to skip")
            .User("back").Bot("no interview in progress to go back in")
            .RunAsync();
        await new Conversation(locale: "zh-CN")
            .User("上一步").Bot("没有上一题可回")
            .RunAsync();
    }

    [Fact]
    public async Task Restart_clears_answers_and_begins_again()
    {
        await new Conversation(locale: "zh-CN")
            .User("开始").Bot("我们开始吧", "1/8")
            .User("想带团队").Bot("2/8")
            .User("重新开始").Bot("从头开始", "我们开始吧", "1/8")
            .RunAsync();
    }

    [Fact]
    public async Task Language_switch_repeats_the_question_in_the_new_language()
    {
        await new Conversation(locale: "zh-CN")
            .User("开始").Bot("我们开始吧", "1/8", "你的职业规划是什么？")
            .User("English").Bot("English from now on", "1/8", "What is your career plan?")
            .User("中文").Bot("接下来用中文", "1/8", "你的职业规划是什么？")
            .RunAsync();
    }

    [Fact]
    public async Task Language_comes_from_the_text_when_the_activity_has_no_locale()
    {
        await new Conversation()
            .User("你好").Bot("我们开始吧", "1/8", "你的职业规划是什么？")
            .RunAsync();
    }

    [Fact]
    public async Task An_unusable_answer_is_reprompted_with_a_hint_and_skipped_after_three_tries()
    {
        var chat = new Conversation(locale: "en-US");
        await chat
            .User("start").Bot("let's begin", "1/8")
            .User("???").Bot("1 of 3", "Tip:", "1/8")
            .User("...").Bot("2 of 3", "1/8")
            .User("!!!").Bot("skip this one", "2/8")
            .RunAsync();
    }

    [Fact]
    public async Task A_fact_answer_the_bot_cannot_read_is_reprompted_and_kept_in_the_transcript()
    {
        var chat = new Conversation(locale: "en-US");
        var flow = chat.User("start").Bot("let's begin", "1/8");
        foreach (var (answer, progress) in new[] { ("a", "2/8"), ("b", "3/8"), ("c", "4/8") })
        {
            flow = flow.User(answer).Bot(progress);
        }

        await flow.User("d").BotAsksFact("experience", "5/8")
            .User("banana").BotAsksFact("experience", "5/8", "1 of 3", "Tip:")
            .User("about 4 years").BotAsksFact("scope", "6/8")
            .RunAsync();
    }

    [Fact]
    public async Task A_tap_on_an_old_card_does_not_answer_the_current_question()
    {
        await new Conversation(locale: "en-US")
            .User("start").Bot("let's begin", "1/8")
            .Taps(new { answerTo = "scope", scope = "module" }).Bot("earlier question", "1/8")
            .RunAsync();
    }

    [Fact]
    public async Task A_submit_without_a_choice_asks_to_pick_one()
    {
        var chat = new Conversation(locale: "zh-CN");
        var flow = chat.User("开始").Bot("我们开始吧", "1/8");
        foreach (var progress in new[] { "2/8", "3/8", "4/8" })
        {
            flow = flow.User("跳过").Bot("跳过", progress);
        }

        await flow.User("跳过").BotAsksFact("experience", "5/8", "跳过")
            .Taps(new { answerTo = "experience" }).BotAsksFact("experience", "5/8", "请选择一个选项")
            .RunAsync();
    }

    [Fact]
    public async Task A_fact_stated_earlier_is_offered_for_one_tap_confirmation()
    {
        var chat = new Conversation(locale: "zh-CN");
        await chat
            .User("开始").Bot("我们开始吧", "1/8")
            .User("我做了五年产品，负责支付核心业务线，带3个人，想继续在专业上做深").Bot("2/8")
            .User("跳过").Bot("跳过", "3/8")
            .User("跳过").Bot("跳过", "4/8")
            .User("跳过").BotCard(card => Assert.Contains("五年", card.ToReadableJson(), StringComparison.Ordinal), "跳过")
            .User("是的").BotCard(card => Assert.Contains("businessLine", card.ToReadableJson(), StringComparison.Ordinal))
            .RunAsync();

        // The confirmed fact keeps the user's own words.
        // (The interview is still running; the answer is in conversation state.)
    }

    [Fact]
    public async Task Finished_interview_says_how_to_take_it_again()
    {
        var chat = new Conversation(locale: "en-US");
        var flow = chat.User("start").Bot("let's begin", "1/8");
        for (var i = 0; i < 7; i++)
        {
            flow = flow.User("skip").Bot("skipping");
        }

        await flow.User("skip").Bot("skipping", "Product Assistant")
            .User("hello again").Bot("restart")
            .User("restart").Bot("starting over", "let's begin", "1/8")
            .RunAsync();
    }
}
