using CareerBot.Application.Turns;
using CareerBot.Bot.Telemetry;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// Our own channel adapter for the browser: runs a Direct Line activity through the same bot, with the same turn
/// error handling as the Bot Framework channel, and delivers the bot's replies by appending them to the conversation
/// that Web Chat polls — in-process, no connector service and no HTTP loopback.
/// </summary>
internal sealed class DirectLineAdapter : BotAdapter
{
    /// <summary>The channel id Azure's Direct Line gives Web Chat traffic, so the bot sees what it would in Azure.</summary>
    public const string ChannelId = "webchat";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings);

    private readonly DirectLineConversations _conversations;
    private readonly ConversationTurns _turns;

    public DirectLineAdapter(DirectLineConversations conversations, ConversationTurns turns, TurnErrorReporter errors, TelemetryMiddleware telemetry)
    {
        ArgumentNullException.ThrowIfNull(errors);
        _conversations = conversations;
        _turns = turns;
        Use(telemetry);
        OnTurnError = errors.ReportAsync;
    }

    /// <summary>The bot as Direct Line clients see it: <c>from.role</c> is what Web Chat uses to lay messages out.</summary>
    public static ChannelAccount BotAccount => new("careerbot", "CareerBot", RoleTypes.Bot);

    /// <summary>
    /// Runs the user's activity (echoed to the conversation first, as Direct Line does) or the bot's own welcome, one at
    /// a time per conversation in this process, so the conversation shows each message followed by its answer. Returns
    /// the echo's id, or null when the conversation is gone.
    /// </summary>
    public async Task<string?> RunTurnAsync(DirectLineConversation conversation, Activity activity, IBot bot, bool echo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);

        // Keyed apart from the application core's gate for the same conversation, which this turn enters inside.
        using (await _turns.EnterAsync("directline/" + conversation.Id, cancellationToken).ConfigureAwait(false))
        {
            if (echo)
            {
                // The echo first, so the conversation shows each message before its answer; gone: nothing to answer.
                if (await _conversations.AppendAsync(conversation.Id, [ToJson(activity)], cancellationToken).ConfigureAwait(false) is not [var id])
                {
                    return null;
                }

                activity.Id = id;
            }

            // The turn finishes even if the browser gives up waiting: the replies are kept for its next poll.
            using var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, bot.OnTurnAsync, CancellationToken.None).ConfigureAwait(false);
            return activity.Id;
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);

        // The turn's activity is from the conversation's user (the welcome's too): the replies are to them.
        var incoming = turnContext.Activity;
        var shown = new List<(int Index, JObject Json)>(activities.Length);
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];

            // Invoke responses, delays and traces are instructions to an adapter or a debugger, not messages to show.
            if (activity.Type is ActivityTypesEx.InvokeResponse or ActivityTypesEx.Delay or ActivityTypes.Trace)
            {
                continue;
            }

            activity.ChannelId = ChannelId;
            activity.From = BotAccount;
            activity.Recipient = new ChannelAccount(incoming.From.Id, role: RoleTypes.User);
            activity.Conversation = new ConversationAccount(id: incoming.Conversation.Id);
            activity.Timestamp = _conversations.Now;
            shown.Add((i, ToJson(activity)));
        }

        // All of one send in one write; a conversation swept meanwhile has nobody left to show them to.
        var ids = shown.Count == 0
            ? []
            : await _conversations.AppendAsync(incoming.Conversation.Id, [.. shown.Select(s => s.Json)], cancellationToken).ConfigureAwait(false) ?? [];
        var responses = activities.Select(a => new ResourceResponse(a.Id ?? string.Empty)).ToArray();
        for (var i = 0; i < ids.Count; i++)
        {
            activities[shown[i].Index].Id = ids[i];
            responses[shown[i].Index] = new ResourceResponse(ids[i]);
        }

        return responses;
    }

    /// <summary>The activity as Direct Line clients read it: the Bot Framework's own JSON conventions, no nulls.</summary>
    public static JObject ToJson(Activity activity) => JObject.FromObject(activity, Serializer);

    /// <summary>Web Chat over polling has no way to change a message it already showed; the bot never asks to.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line channel cannot update a sent activity.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line channel cannot delete a sent activity.");
}
