using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace CareerBot.Bot.Telemetry;

/// <summary>
/// Bot middleware that times every turn and every delivery of replies, for every channel, in one place. A span per
/// turn carries the channel and activity type only.
/// </summary>
public sealed class TelemetryMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly BotTelemetry _telemetry;

    public TelemetryMiddleware(BotTelemetry telemetry) => _telemetry = telemetry;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var channel = ReportedNames.Channel(turnContext.Activity.ChannelId);
        var type = ReportedNames.ActivityType(turnContext.Activity.Type);
        using var span = BotTelemetry.Tracing.StartActivity("bot.turn");
        span?.SetTag("bot.channel", channel);
        span?.SetTag("bot.activity.type", type);

        turnContext.OnSendActivities(async (context, activities, sendNext) =>
        {
            var sending = Stopwatch.GetTimestamp();
            var failed = true;
            try
            {
                var responses = await sendNext().ConfigureAwait(false);
                failed = false;
                return responses;
            }
            finally
            {
                _telemetry.RepliesDelivered(channel, Stopwatch.GetElapsedTime(sending), failed);
            }
        });

        var started = Stopwatch.GetTimestamp();
        var turnFailed = true;
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
            turnFailed = false;
        }
        finally
        {
            _telemetry.TurnCompleted(channel, type, Stopwatch.GetElapsedTime(started), turnFailed);
            span?.SetStatus(turnFailed ? ActivityStatusCode.Error : ActivityStatusCode.Ok);
        }
    }
}
