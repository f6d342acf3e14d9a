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
