namespace CareerBot.Bot.Channels.BotFramework;

/// <summary>
/// Whether <c>/api/messages</c> checks who is calling. With a <c>MicrosoftAppId</c>, every request's token is
/// validated. Without one the bot is open: anyone can talk to it as anyone and make it post replies to any service URL.
/// That is the local developer's bot (Development, and then replies go only to loopback service URLs); anywhere else
/// the bot refuses to start without an app id unless <c>Bot:AllowAnonymous</c> says the operator wants an open bot.
/// </summary>
internal sealed partial class BotAuthenticationOptions
{
    public const string AllowAnonymousKey = "Bot:AllowAnonymous";

    private BotAuthenticationOptions(bool anonymous, bool loopbackOnly)
    {
        Anonymous = anonymous;
        LoopbackServiceUrlsOnly = loopbackOnly;
    }

    /// <summary>No app id: requests are not authenticated.</summary>
    public bool Anonymous { get; }

    /// <summary>Replies may go only to a service URL on this machine (an anonymous bot in Development).</summary>
    public bool LoopbackServiceUrlsOnly { get; }

    /// <summary>The options the configuration gives, or the reason the bot must not start with them.</summary>
    public static BotAuthenticationOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]))
        {
            CheckIdentity(configuration);
            return new(anonymous: false, loopbackOnly: false);
        }

        if (environment.IsDevelopment())
        {
            return new(anonymous: true, loopbackOnly: true);
        }

        return configuration.GetValue<bool>(AllowAnonymousKey)
            ? new(anonymous: true, loopbackOnly: false)
            : throw new InvalidOperationException(
                $"MicrosoftAppId is not set, so /api/messages would accept anyone's requests in {environment.EnvironmentName}. "
                + "Set MicrosoftAppId (and MicrosoftAppPassword or the managed identity settings) to your Azure Bot's app registration, "
                + $"or set {AllowAnonymousKey}=true if you really want an open bot (for a local test behind no network).");
    }

    /// <summary>
    /// The identity settings the SDK would otherwise reject (or silently reinterpret) only when the first request
    /// arrives, as a 500: checked once here so a misconfigured bot does not start.
    /// </summary>
    private static void CheckIdentity(IConfiguration configuration)
    {
        var appType = configuration["MicrosoftAppType"];
        var hasPassword = !string.IsNullOrWhiteSpace(configuration["MicrosoftAppPassword"]);
        var hasTenant = !string.IsNullOrWhiteSpace(configuration["MicrosoftAppTenantId"]);
        switch (appType?.Trim().ToUpperInvariant())
        {
            case null or "" or "MULTITENANT":
                break;
            case "SINGLETENANT" when !hasTenant || !hasPassword:
                throw new InvalidOperationException(
                    "MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId (the tenant of the bot's app registration) "
                    + "and MicrosoftAppPassword (its client secret).");
            case "SINGLETENANT":
                break;
            case "USERASSIGNEDMSI" when !hasTenant || hasPassword:
                throw new InvalidOperationException(
                    "MicrosoftAppType=UserAssignedMSI needs MicrosoftAppTenantId, with MicrosoftAppId the managed identity's "
                    + "client id, and no MicrosoftAppPassword (a managed identity has no secret).");
            case "USERASSIGNEDMSI":
                break;
            default:
                // The SDK would quietly treat an unknown type as MultiTenant and ask the wrong tenant for tokens.
                throw new InvalidOperationException(
                    $"MicrosoftAppType '{appType}' is not one the Bot Framework knows: use MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        if (configuration["ValidateAuthority"] is { Length: > 0 } validateAuthority && !bool.TryParse(validateAuthority, out _))
        {
            throw new InvalidOperationException($"ValidateAuthority must be true or false, not '{validateAuthority}'.");
        }
    }

    /// <summary>Says at every start what kind of bot this is, when it is an open one.</summary>
    public void LogAtStart(ILogger logger)
    {
        if (LoopbackServiceUrlsOnly)
        {
            Log.DevelopmentAnonymous(logger);
        }
        else if (Anonymous)
        {
            Log.OpenBot(logger, AllowAnonymousKey);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "No MicrosoftAppId: an anonymous development bot; replies go only to loopback service URLs.")]
        public static partial void DevelopmentAnonymous(ILogger logger);

        [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "No MicrosoftAppId and {Setting}=true: this bot accepts unauthenticated requests from anyone and replies to any service URL.")]
        public static partial void OpenBot(ILogger logger, string setting);
    }
}
