using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CareerBot.BrowserTests.Support;

/// <summary>A conversation over the host's Direct Line, without a browser: to collect the cards the bot sends.</summary>
internal sealed class DirectLineClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _conversationId;
    private readonly string _locale;

    private DirectLineClient(HttpClient http, string conversationId, string locale)
    {
        _http = http;
        _conversationId = conversationId;
        _locale = locale;
    }

    public static async Task<DirectLineClient> StartAsync(Uri host, string locale)
    {
        var http = new HttpClient { BaseAddress = host };
        var generated = JsonNode.Parse(await (await http.PostAsJsonAsync("/v3/directline/tokens/generate", new { locale })).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)generated["token"]!);
        (await http.PostAsync("/v3/directline/conversations", null)).EnsureSuccessStatusCode();
        return new DirectLineClient(http, (string)generated["conversationId"]!, locale);
    }

    public Task SayAsync(string text) => PostAsync(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = _locale });

    /// <summary>What Web Chat posts when a card's Action.Submit is pressed: the data and inputs as value.</summary>
    public Task SubmitAsync(JsonObject value) => PostAsync(new JsonObject
    {
        ["type"] = "message",
        ["locale"] = _locale,
        ["value"] = value,
        ["channelData"] = new JsonObject { ["postBack"] = true },
    });

    /// <summary>Every Adaptive Card the bot has sent so far, in order.</summary>
    public async Task<IReadOnlyList<JsonObject>> CardsAsync()
    {
        var set = JsonNode.Parse(await _http.GetStringAsync($"/v3/directline/conversations/{_conversationId}/activities"))!;
        return [.. set["activities"]!.AsArray()
            .SelectMany(a => a!["attachments"]?.AsArray() ?? [])
            .Where(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")
            .Select(a => a!["content"]!.AsObject())];
    }

    private async Task PostAsync(JsonObject activity) =>
        (await _http.PostAsJsonAsync($"/v3/directline/conversations/{_conversationId}/activities", activity)).EnsureSuccessStatusCode();

    public void Dispose() => _http.Dispose();
}
