using CareerBot.Bot.Telemetry;
using CareerBot.Domain.Content;
using CareerBot.Domain.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace CareerBot.Bot.Channels.BotFramework;

/// <summary>
/// The SDK's CloudAdapter (authentication, connector clients, turn pipeline), constructed explicitly because its
/// constructors are ambiguous for DI. Exposes the activity entry point so the endpoint parses each request once and
/// answers bad input with a reason.
/// </summary>
public sealed partial class CareerBotAdapter : CloudAdapter
{
    private readonly ILogger _logger;
    private readonly StringTable _strings;

    public CareerBotAdapter(BotFrameworkAuthentication authentication, CareerContent content, TelemetryMiddleware telemetry, ILogger<CareerBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(content);
        Use(telemetry);
        _logger = logger;
        _strings = content.Strings;
        OnTurnError = ReportTurnErrorAsync;
    }

    public Task<InvokeResponse> ProcessAsync(string? authHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return ProcessActivityAsync(authHeader ?? string.Empty, activity, bot.OnTurnAsync, cancellationToken);
    }

    private async Task ReportTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        // The log names the failure but never the user's words: answers are personal data.
        Log.TurnFailed(_logger, exception, turnContext.Activity.Type, turnContext.Activity.ChannelId);
        var language = Languages.FromLocale(turnContext.Activity.Locale) ?? Languages.Detect(turnContext.Activity.Text);
        await turnContext.SendActivityAsync(MessageFactory.Text(_strings.Get("interview.turnError", language))).ConfigureAwait(false);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity on channel {ChannelId}")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string activityType, string channelId);
    }
}
