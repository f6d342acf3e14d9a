using CareerBot.Bot.Telemetry;
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
public sealed class CareerBotAdapter : CloudAdapter
{
    public CareerBotAdapter(BotFrameworkAuthentication authentication, TurnErrorReporter errors, TelemetryMiddleware telemetry, ILogger<CareerBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Use(telemetry);
        OnTurnError = errors.ReportAsync;
    }

    public Task<InvokeResponse> ProcessAsync(string? authHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return ProcessActivityAsync(authHeader ?? string.Empty, activity, bot.OnTurnAsync, cancellationToken);
    }
}
