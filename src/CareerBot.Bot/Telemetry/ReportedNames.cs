using System.Collections.Frozen;
using Microsoft.Bot.Schema;

namespace CareerBot.Bot.Telemetry;

/// <summary>
/// The channel and activity type of a request as logs, spans and metrics name them: one of the known names, or
/// "other". Both come from the request, so as they are they could forge log lines (a line break in a channel id) or
/// grow a metric series per made-up value until memory runs out.
/// </summary>
internal static class ReportedNames
{
    private const string Other = "other";

    private static readonly FrozenSet<string> Channels = FrozenSet.ToFrozenSet(
        [
            Microsoft.Bot.Connector.Channels.Msteams, Microsoft.Bot.Connector.Channels.Webchat, Microsoft.Bot.Connector.Channels.Directline,
            Microsoft.Bot.Connector.Channels.Emulator, Microsoft.Bot.Connector.Channels.Test, Microsoft.Bot.Connector.Channels.Slack,
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> ActivityTypeNames = FrozenSet.ToFrozenSet(
        [
            ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
            ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate,
            ActivityTypes.MessageDelete, ActivityTypes.EndOfConversation,
        ],
        StringComparer.Ordinal);

    public static string Channel(string? channelId) => channelId is not null && Channels.Contains(channelId) ? channelId : Other;

    public static string ActivityType(string? type) => type is not null && ActivityTypeNames.Contains(type) ? type : Other;

    /// <summary>A delivery failure as a metric names it: the HTTP status, or the kind of failure (a bounded set).</summary>
    public static string DeliveryReason(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (reason.Length >= 3 && char.IsAsciiDigit(reason[0]) && char.IsAsciiDigit(reason[1]) && char.IsAsciiDigit(reason[2]))
        {
            return reason[..3];
        }

        return reason switch
        {
            _ when reason.StartsWith("connection", StringComparison.Ordinal) => "connection",
            _ when reason.StartsWith("no answer", StringComparison.Ordinal) || reason.Contains("time", StringComparison.Ordinal) => "timeout",
            _ when reason.StartsWith("request not sendable", StringComparison.Ordinal) => "unsendable",
            _ => Other,
        };
    }
}
