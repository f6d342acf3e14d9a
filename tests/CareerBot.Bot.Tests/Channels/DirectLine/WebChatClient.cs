using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// What Web Chat does against a Direct Line endpoint, over one host's HTTP client: mint a token, start the
/// conversation, post messages, poll by watermark. <see cref="On"/> moves the same chat (token and watermark) to
/// another host, as a browser behind a load balancer would.
/// </summary>
internal sealed class WebChatClient
{
    private HttpClient _http;

    private WebChatClient(HttpClient http, string conversationId, string token, string userId)
    {
        _http = http;
        ConversationId = conversationId;
        Token = token;
        UserId = userId;
    }

    public string ConversationId { get; }

    public string Token { get; private set; }

    public string UserId { get; }

    /// <summary>The last watermark polled (null before the first poll).</summary>
    public string? Watermark { get; private set; }

    /// <summary>Every activity polled so far, in the order they came.</summary>
    public List<JsonObject> Seen { get; } = [];

    /// <summary>Mints a token (<c>tokens/generate</c>) and starts its conversation, as the page at / does.</summary>
    public static async Task<WebChatClient> StartAsync(HttpClient http, string locale = "en-US")
    {
        var generated = await http.PostAsJsonAsync("/v3/directline/tokens/generate", new { locale });
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var minted = await JsonAsync(generated);
        var chat = new WebChatClient(http, (string)minted["conversationId"]!, (string)minted["token"]!, (string)minted["userId"]!);
        using var start = chat.Request(HttpMethod.Post, "/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(start)).StatusCode);
        return chat;
    }

    /// <summary>The same chat from now on through <paramref name="http"/> (another host).</summary>
    public WebChatClient On(HttpClient http)
    {
        _http = http;
        return this;
    }

    /// <summary>Posts a message (through <paramref name="via"/>, another host, when given); returns the id Direct Line gave its echo.</summary>
    public async Task<string> SayAsync(string text, HttpClient? via = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = UserId },
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        };
        using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        var response = await (via ?? _http).SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await JsonAsync(response))["id"]!;
    }

    /// <summary>Polls once after the last watermark; returns the new activities (also added to <see cref="Seen"/>).</summary>
    public async Task<IReadOnlyList<JsonObject>> PollAsync()
    {
        using var get = Request(HttpMethod.Get, ActivitiesPath(Watermark));
        var response = await _http.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await JsonAsync(response);
        var watermark = (string)set["watermark"]!;
        if (Watermark is not null)
        {
            Assert.True(long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture) >= long.Parse(Watermark, System.Globalization.CultureInfo.InvariantCulture), "watermarks never go back");
        }

        Watermark = watermark;
        List<JsonObject> activities = [.. set["activities"]!.AsArray().Select(a => a!.AsObject())];
        Seen.AddRange(activities);
        return activities;
    }

    /// <summary>Every activity the conversation still keeps (a poll with no watermark), without moving this chat's watermark.</summary>
    public async Task<(IReadOnlyList<JsonObject> Activities, long Watermark)> KeptAsync()
    {
        using var get = Request(HttpMethod.Get, ActivitiesPath(null));
        var response = await _http.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await JsonAsync(response);
        return ([.. set["activities"]!.AsArray().Select(a => a!.AsObject())], long.Parse((string)set["watermark"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Refreshes the token (<c>tokens/refresh</c>) and uses the new one from now on.</summary>
    public async Task RefreshAsync()
    {
        using var refresh = Request(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var response = await _http.SendAsync(refresh);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = await JsonAsync(response);
        Assert.Equal(ConversationId, (string?)refreshed["conversationId"]);
        Token = (string)refreshed["token"]!;
    }

    /// <summary>The status and reason of a poll with <paramref name="token"/> instead of this chat's own.</summary>
    public async Task<(HttpStatusCode Status, string? Reason)> PollWithAsync(string? token)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, ActivitiesPath(null));
        if (token is not null)
        {
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await _http.SendAsync(get);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? null : (string?)JsonNode.Parse(body)?["error"]);
    }

    public string ActivitiesPath(string? watermark) =>
        $"/v3/directline/conversations/{ConversationId}/activities" + (watermark is null ? string.Empty : "?watermark=" + watermark);

    private HttpRequestMessage Request(HttpMethod method, string path, JsonObject? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
