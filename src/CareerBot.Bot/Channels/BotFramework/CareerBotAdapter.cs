using CareerBot.Bot.Telemetry;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace CareerBot.Bot.Channels.BotFramework;

/// <summary>
/// The SDK's CloudAdapter (authentication, connector clients, turn pipeline), constructed explicitly because its
/// constructors are ambiguous for DI. Exposes authentication and the turn as two steps, so the endpoint parses each
/// request once, answers a token it cannot accept with a 401 before any turn exists, and never mistakes a failure
/// inside a turn for an authentication failure.
/// </summary>
public sealed class CareerBotAdapter : CloudAdapter
{
    private readonly BotFrameworkAuthentication _authentication;

    public CareerBotAdapter(BotFrameworkAuthentication authentication, TurnErrorReporter errors, TelemetryMiddleware telemetry, ILogger<CareerBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(errors);
        _authentication = authentication;
        Use(telemetry);
        OnTurnError = errors.ReportAsync;
    }

    /// <summary>
    /// Checks the request's token against the activity (channel endorsement, service URL, audience). Throws what the
    /// SDK throws for a token it refuses; an anonymous bot accepts a request without one.
    /// </summary>
    public Task<AuthenticateRequestResult> AuthenticateAsync(string? authHeader, Activity activity, CancellationToken cancellationToken) =>
        _authentication.AuthenticateRequestAsync(activity, authHeader ?? string.Empty, cancellationToken);

    /// <summary>Runs the turn of an activity whose request <see cref="AuthenticateAsync"/> accepted.</summary>
    public Task<InvokeResponse> ProcessAsync(AuthenticateRequestResult authentication, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return ProcessActivityAsync(authentication, activity, bot.OnTurnAsync, cancellationToken);
    }
}
