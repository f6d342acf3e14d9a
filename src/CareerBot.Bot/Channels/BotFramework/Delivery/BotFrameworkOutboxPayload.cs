using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CareerBot.Bot.Channels.BotFramework.Delivery;

/// <summary>Where a connector client sends: the service URL, and the app and audience whose credentials it uses.</summary>
internal sealed record BotFrameworkDestination(string ServiceUrl, string? AppId, string? Audience);

/// <summary>
/// A Connector REST send kept in the outbox: enough to make the same call again (the activity in the SDK's own JSON
/// form, so it reads back exactly).
/// </summary>
internal sealed record BotFrameworkOutboxPayload(BotFrameworkDestination Destination, string ConversationId, string? ReplyToId, string? ActivityId, Activity Activity)
{
    public string ToJson()
    {
        var activity = JsonConvert.SerializeObject(Activity, HttpHelper.BotMessageSerializerSettings);
        var json = new JsonObject
        {
            ["serviceUrl"] = Destination.ServiceUrl,
            ["appId"] = Destination.AppId,
            ["audience"] = Destination.Audience,
            ["conversationId"] = ConversationId,
            ["replyToId"] = ReplyToId,
            ["activityId"] = ActivityId,
            ["activity"] = JsonNode.Parse(activity),
        };
        return json.ToJsonString();
    }

    public static BotFrameworkOutboxPayload FromJson(string json)
    {
        var node = JsonNode.Parse(json)?.AsObject() ?? throw new System.Text.Json.JsonException("An outbox payload is JSON null.");
        var activity = JsonConvert.DeserializeObject<Activity>(node["activity"]?.ToJsonString() ?? "null", HttpHelper.BotMessageSerializerSettings)
            ?? throw new System.Text.Json.JsonException("An outbox payload has no activity.");
        return new BotFrameworkOutboxPayload(
            new BotFrameworkDestination((string?)node["serviceUrl"] ?? string.Empty, (string?)node["appId"], (string?)node["audience"]),
            (string?)node["conversationId"] ?? string.Empty,
            (string?)node["replyToId"],
            (string?)node["activityId"],
            activity);
    }
}
