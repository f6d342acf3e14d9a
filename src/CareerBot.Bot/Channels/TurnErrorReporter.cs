using CareerBot.Bot.Telemetry;
using CareerBot.Domain.Content;
using CareerBot.Domain.Localization;
using Microsoft.Bot.Builder;

namespace CareerBot.Bot.Channels;

/// <summary>
/// What every channel adapter does when a turn throws: log it, and tell the user in their language instead of going
/// silent. One place, so a failure looks the same in Teams and in the browser.
/// </summary>
public sealed partial class TurnErrorReporter
{
    private readonly ILogger _logger;
    private readonly StringTable _strings;

    public TurnErrorReporter(CareerContent content, ILogger<TurnErrorReporter> logger)
    {
        ArgumentNullException.ThrowIfNull(content);
        _logger = logger;
        _strings = content.Strings;
    }

    public async Task ReportAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // The log names the failure but never the user's words: answers are personal data.
        Log.TurnFailed(_logger, exception, ReportedNames.ActivityType(turnContext.Activity.Type), ReportedNames.Channel(turnContext.Activity.ChannelId));
        var language = Languages.FromLocale(turnContext.Activity.Locale) ?? Languages.Detect(turnContext.Activity.Text);
        await turnContext.SendActivityAsync(MessageFactory.Text(_strings.Get("interview.turnError", language))).ConfigureAwait(false);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity on channel {ChannelId}")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string activityType, string channelId);
    }
}
