using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerBot.Application.Documents;
using CareerBot.Application.Identity;

namespace CareerBot.Bot.Tests.Resilience;

/// <summary>A channel talking to bot processes over HTTP: each activity names the connector stub as its service URL.</summary>
internal sealed class BotClient(string serviceUrl) : IDisposable
{
    public const string Channel = "emulator";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Posts one message from the conversation's user; the answer is the bot's acknowledgement (its turn has run).</summary>
    public async Task<HttpStatusCode> SayAsync(BotProcess bot, string conversationId, string text, string? activityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = activityId ?? Guid.NewGuid().ToString("N"),
            ["channelId"] = Channel,
            ["serviceUrl"] = serviceUrl,
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = "user-" + conversationId },
            ["recipient"] = new JsonObject { ["id"] = "careerbot" },
            ["locale"] = "en-US",
            ["text"] = text,
        };
        using var response = await _http.PostAsJsonAsync(new Uri(bot.Address, "api/messages"), activity);
        return response.StatusCode;
    }

    /// <summary>The conversation's interview as stored: the question it is at, its answers, and its transcript.</summary>
    public static async Task<JsonNode> StoredInterviewAsync(IDocumentStore store, string conversationId)
    {
        var key = new ConversationKey(Channel, conversationId).DocumentKey;
        var stored = await store.ReadAsync([key], CancellationToken.None);
        Assert.True(stored.ContainsKey(key), $"no document stored for {conversationId}");
        return JsonNode.Parse(stored[key].Json)!["interview"]!;
    }

    public void Dispose() => _http.Dispose();
}
