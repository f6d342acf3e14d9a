using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CareerBot.Bot.Channels.BotFramework.Delivery;

/// <summary>Where a connector client sends: the service URL, and the app and audience whose credentials it uses.</summary>
internal sealed record BotFrameworkDestination(string ServiceUrl, string? AppId, string? Audience);

/// <summary>
/// A Connector REST send kept in the outbox: enough for an operator (or a later redelivery) to make the same call again,
/// the activity in the SDK's own JSON form.
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
}
