using System.Text.Json.Nodes;
using CareerBot.BrowserTests.Support;
using Xunit.Abstractions;

namespace CareerBot.BrowserTests;

/// <summary>
/// Every card the bot sends in an interview, rendered in Chromium by the official Adaptive Cards renderer with a
/// Teams host config — the cards as people see them. A problem the renderer reports fails the test; each card is
/// saved as a screenshot to look at.
/// </summary>
public sealed class CardRenderingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private LiveBotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = LiveBotHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [SkippableTheory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Every_card_of_an_interview_renders_in_a_Teams_host_without_problems(string locale)
    {
        var cards = await InterviewCardsAsync(locale);
        Assert.NotEmpty(cards);
        await using var chromium = await Chromium.LaunchAsync(locale);
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html><head><meta charset="utf-8"></head>
            <body style="margin:0;background:#f5f5f5"><div id="card" style="width:520px;margin:16px;background:#fff;border-radius:6px"></div></body></html>
            """);
        var renderer = Path.Combine(Artifacts.NpmDirectory, "node_modules", "adaptivecards", "dist");
        await page.AddStyleTagAsync(new() { Path = Path.Combine(renderer, "adaptivecards.css") });
        await page.AddScriptTagAsync(new() { Path = Path.Combine(renderer, "adaptivecards.min.js") });
        await page.AddScriptTagAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "Cards", "render-card.js") });
        var hostConfig = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Cards", "teams-host-config.json"));

        var problems = new List<string>();
        for (var i = 0; i < cards.Count; i++)
        {
            // JSON text crosses into the page: Playwright's own argument serializer does not know JsonNode.
            var reported = await page.EvaluateAsync<string[]>(
                "([card, hostConfig]) => window.renderCard(JSON.parse(card), JSON.parse(hostConfig))", new[] { cards[i].ToJsonString(), hostConfig });
            problems.AddRange(reported.Select(p => $"card {i + 1}: {p}"));
            var path = Path.Combine(Directory.CreateDirectory(Path.Combine(Artifacts.Screenshots, "cards")).FullName, $"{locale}-{i + 1:D2}.png");
            await page.Locator("#card").ScreenshotAsync(new() { Path = path });
            output.WriteLine("screenshot: " + path);
        }

        Assert.True(problems.Count == 0, "The renderer reported:\n" + string.Join('\n', problems));
    }

    /// <summary>The cards of one whole interview (welcome, the four fact questions, the result), typed and tapped.</summary>
    private async Task<IReadOnlyList<JsonObject>> InterviewCardsAsync(string locale)
    {
        using var chat = await DirectLineClient.StartAsync(_host.Address, locale);
        var english = locale == "en-US";
        string[] typed = english
            ? ["start", "I want to go deeper as a specialist", "Own the checkout experience", "Ship more, learn analytics", "In three years, own a whole product line as a product expert", "six years"]
            : ["开始", "我想在专业上做深，成为产品专家，不想带团队", "把我负责的功能做到行业领先", "多做项目，系统学习数据分析", "三年后成为资深产品经理，负责一条核心业务线", "两年半"];
        foreach (var text in typed)
        {
            await chat.SayAsync(text);
        }

        foreach (var (question, value) in new[] { ("scope", "businessLine"), ("team", "none"), ("ai", "builder") })
        {
            await chat.SubmitAsync(new JsonObject { ["answerTo"] = question, [question] = value });
        }

        return await chat.CardsAsync();
    }
}
