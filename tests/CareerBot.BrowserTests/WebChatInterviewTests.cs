using System.Text.Json.Nodes;
using CareerBot.BrowserTests.Support;
using CareerBot.Domain.Content;
using CareerBot.Domain.Learning;
using CareerBot.Domain.Localization;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CareerBot.BrowserTests;

/// <summary>
/// The whole interview through the page at / — Web Chat, this host's Direct Line, the same bot as Teams — typed and
/// tapped the way a person does it, in both languages. The scripts and expected results are those of the bot's own
/// conversation tests (InterviewConversationTests), so the browser shows exactly what the bot decides.
/// </summary>
public sealed class WebChatInterviewTests(ITestOutputHelper output) : IAsyncLifetime
{
    private LiveBotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = LiveBotHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [SkippableFact]
    public async Task The_page_greets_in_the_chosen_language_and_switches_language_on_request()
    {
        await using var chromium = await Chromium.LaunchAsync("en-US");
        var webChat = await WebChatPage.OpenAsync(await chromium.NewPageAsync(), _host.Address, "zh-CN");

        await Expect(webChat.Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(webChat.Page.Locator("footer")).ToContainTextAsync("Microsoft Teams");
        await Expect(webChat.Page.Locator("[data-locale='zh-CN']")).ToHaveAttributeAsync("aria-current", "true");
        var welcome = await WaitForWelcomeAsync(webChat);
        Assert.Equal("zh-CN", (string?)welcome["locale"]);
        Report(await webChat.ScreenshotAsync("webchat-welcome-zh-CN"));

        await webChat.Page.Locator("[data-locale='en-US']").ClickAsync();
        await webChat.Page.WaitForURLAsync("**/?locale=en-US");
        await Expect(webChat.Page.Locator("html")).ToHaveAttributeAsync("lang", "en-US");
        await Expect(webChat.Page.Locator(".brand p")).ToHaveTextAsync("Career-plan interview for product managers");
        await Expect(webChat.SendBox).ToBeVisibleAsync();
        await webChat.SayAsync("start");
        await webChat.WaitForAsync("What is your career plan?");
        Report(await webChat.ScreenshotAsync("webchat-first-question-en-US"));
    }

    [SkippableFact]
    public async Task A_whole_interview_in_Chinese_typed_and_tapped_ends_with_the_result_card()
    {
        WorkInProgress.SkipUntilCardsLand();
        await using var chromium = await Chromium.LaunchAsync("zh-CN");
        var webChat = await WebChatPage.OpenAsync(await chromium.NewPageAsync(), _host.Address, "zh-CN");
        await WaitForWelcomeAsync(webChat);
        var next = SubmitTitle(Language.ZhCn);

        await webChat.SayAsync("开始");
        await webChat.WaitForAsync("你的职业规划是什么？");
        await webChat.SayAsync("我想在专业上做深，成为产品专家，不想带团队");
        await webChat.WaitForAsync("如果你入职了，在这个岗位想达到怎样的目标？");
        await webChat.SayAsync("把我负责的功能做到行业领先");
        await webChat.WaitForAsync("打算如何达到你的目标？");
        await webChat.SayAsync("多做项目，系统学习数据分析");
        await webChat.WaitForAsync("你最近3年的职业规划是怎样的？");
        await webChat.SayAsync("三年后成为资深产品经理，负责一条核心业务线");
        await Expect(webChat.CardWithInput("experience")).ToBeVisibleAsync();
        await webChat.SayAsync("两年半");
        await webChat.TapChoiceAsync("scope", "module", next);
        await webChat.TapChoiceAsync("team", "none", next);
        await Expect(webChat.CardWithInput("ai")).ToBeVisibleAsync();
        await webChat.SayAsync("用过ChatGPT写周报");

        await webChat.WaitForAsync("高级产品经理", "资深产品经理", "AI大模型API应用开发工程");
        await CheckResultCardAsync(webChat, Language.ZhCn, LearningStage.L2, ["高级产品经理", "资深产品经理"], "webchat-result-zh-CN");
    }

    [SkippableFact]
    public async Task A_whole_interview_in_English_typed_and_tapped_ends_with_the_result_card()
    {
        WorkInProgress.SkipUntilCardsLand();
        await using var chromium = await Chromium.LaunchAsync("en-US");
        var webChat = await WebChatPage.OpenAsync(await chromium.NewPageAsync(), _host.Address, "en-US");
        await WaitForWelcomeAsync(webChat);
        var next = SubmitTitle(Language.EnUs);

        await webChat.SayAsync("hi");
        await webChat.WaitForAsync("What is your career plan?");
        await webChat.SayAsync("I want to move into people management and lead a team");
        await webChat.WaitForAsync("If you took this role, what goal would you want to reach in it?");
        await webChat.SayAsync("Build a strong, happy product team");
        await webChat.WaitForAsync("How do you plan to reach that goal?");
        await webChat.SayAsync("Mentor more juniors and take a management course");
        await webChat.WaitForAsync("What is your plan for the next 3 years?");
        await webChat.SayAsync("In three years I want to be a product director leading several teams");
        await Expect(webChat.CardWithInput("experience")).ToBeVisibleAsync();
        await webChat.SayAsync("five years");
        await Expect(webChat.CardWithInput("scope")).ToBeVisibleAsync();
        await webChat.SayAsync("skip");
        await webChat.TapChoiceAsync("team", "mentor", next);
        await Expect(webChat.CardWithInput("ai")).ToBeVisibleAsync();
        await webChat.SayAsync("I built a RAG-based support agent that runs in production");

        await webChat.WaitForAsync("Core Member", "Product Director", "Fine-tuning and private deployment");
        await CheckResultCardAsync(webChat, Language.EnUs, LearningStage.L4, ["Core Member", "Product Director"], "webchat-result-en-US");
    }

    /// <summary>The welcome is the bot's first activity; it is in the page's language.</summary>
    private static async Task<JsonObject> WaitForWelcomeAsync(WebChatPage webChat)
    {
        await Expect(webChat.Page.Locator("#webchat .webchat__basic-transcript__activity, #webchat [role='listitem']").First)
            .ToBeVisibleAsync(new() { Timeout = 20_000 });
        var welcome = (await webChat.ActivitiesAsync())[0];
        Assert.Equal("bot", (string?)welcome["from"]?["role"]);
        return welcome;
    }

    /// <summary>
    /// The result card as rendered shows the level titles and the stage; its links (Action.OpenUrl, which renders as
    /// buttons without href) are checked in the card the page received: exactly where the catalog points for that
    /// stage, the reader's language first.
    /// </summary>
    private async Task CheckResultCardAsync(WebChatPage webChat, Language language, LearningStage stage, string[] titles, string screenshot)
    {
        var catalog = CareerContent.Default.Catalog;
        var stageName = catalog[stage].Name[language];
        var rendered = webChat.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = stageName }).Last;
        await Expect(rendered).ToBeVisibleAsync();
        foreach (var title in titles)
        {
            await Expect(rendered).ToContainTextAsync(title);
        }

        var result = (await webChat.ActivitiesAsync()).Last(a => a["attachments"] is JsonArray { Count: > 0 });
        var card = result["attachments"]![0]!["content"]!;
        var links = Descendants(card).Where(o => (string?)o["type"] == "Action.OpenUrl").Select(o => (string?)o["url"]).ToList();
        var expected = catalog.LinksFor(stage, language).Select(r => (string?)r.Url.ToString()).ToList();
        Assert.Equal(expected, links);

        // A window tall enough for the whole card, so neither screenshot cuts it or shows it under the page header.
        await webChat.Page.SetViewportSizeAsync(1000, 2000);
        await rendered.ScrollIntoViewIfNeededAsync();
        Report(await webChat.ScreenshotAsync(screenshot));
        var cardPath = Artifacts.ScreenshotPath(screenshot + "-card");
        await rendered.ScreenshotAsync(new() { Path = cardPath });
        Report(cardPath);
    }

    private static string? SubmitTitle(Language language) => CareerContent.Default.Strings.Find("card.question.next")?[language];

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.Select(p => p.Value).SelectMany(Descendants)],
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };

    private void Report(string screenshot)
    {
        output.WriteLine("screenshot: " + screenshot);
        Console.WriteLine("screenshot: " + screenshot);
    }
}
