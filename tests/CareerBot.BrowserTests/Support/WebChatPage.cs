using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerBot.BrowserTests.Support;

/// <summary>
/// The page at / as a person uses it: type into Web Chat's send box, tap a choice on a card, press its button. It
/// also keeps the conversation's Direct Line token (seen as the page fetches it) so a test can read the exact
/// activities the page rendered.
/// </summary>
internal sealed class WebChatPage
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly IPage _page;
    private readonly Uri _host;
    private string? _conversationId;
    private string? _token;

    private WebChatPage(IPage page, Uri host)
    {
        _page = page;
        _host = host;
    }

    public IPage Page => _page;

    public ILocator Transcript => _page.Locator("#webchat");

    public static async Task<WebChatPage> OpenAsync(IPage page, Uri host, string locale)
    {
        ArgumentNullException.ThrowIfNull(page);
        var webChat = new WebChatPage(page, host);
        await page.RouteAsync("**/v3/directline/tokens/generate", async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!;
            webChat._conversationId = (string?)body["conversationId"];
            webChat._token = (string?)body["token"];
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });
        await page.GotoAsync(new Uri(host, "/?locale=" + locale).ToString());
        await Expect(webChat.SendBox).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        return webChat;
    }

    public ILocator SendBox => _page.Locator("[data-id='webchat-sendbox-input']");

    /// <summary>Types a message and sends it with Enter, as a person would.</summary>
    public async Task SayAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>Waits until the transcript shows every fragment (the bot's answer has arrived and rendered).</summary>
    public async Task WaitForAsync(params string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            await Expect(Transcript).ToContainTextAsync(fragment, new() { Timeout = (float)Patience.TotalMilliseconds });
        }
    }

    /// <summary>The newest rendered Adaptive Card that has an input with this id (a fact question's choice set).</summary>
    public ILocator CardWithInput(string inputId) =>
        _page.Locator(".ac-adaptiveCard").Filter(new() { Has = _page.Locator($"[id='{inputId}'], [name='{inputId}']") }).Last;

    /// <summary>
    /// Taps a choice on the fact question card (its Input.ChoiceSet has the question id) and presses the card's
    /// submit button, found by its title when <paramref name="submitTitle"/> is given, else the card's first button.
    /// </summary>
    public async Task TapChoiceAsync(string questionId, string value, string? submitTitle)
    {
        var card = CardWithInput(questionId);
        await Expect(card).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        var radio = card.Locator($"input[type='radio'][name='{questionId}'][value='{value}'], input[type='checkbox'][value='{value}']");
        if (await radio.CountAsync() > 0)
        {
            await radio.First.CheckAsync();
        }
        else
        {
            await card.Locator("select").First.SelectOptionAsync(value);
        }

        var buttons = card.Locator("button.ac-pushButton");
        var submit = submitTitle is null ? buttons.First : buttons.Filter(new() { HasText = submitTitle }).First;
        await submit.ClickAsync();
    }

    /// <summary>Every activity of this conversation, read from the host with the page's own token.</summary>
    public async Task<IReadOnlyList<JsonObject>> ActivitiesAsync()
    {
        Assert.NotNull(_token);
        using var client = new HttpClient { BaseAddress = _host };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{_conversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return [.. json["activities"]!.AsArray().Select(a => a!.AsObject())];
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Artifacts.ScreenshotPath(name);
        await _page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
