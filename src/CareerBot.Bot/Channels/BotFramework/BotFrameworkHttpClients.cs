using CareerBot.Application.Delivery;

namespace CareerBot.Bot.Channels.BotFramework;

/// <summary>
/// The one HTTP client configuration for every call the Bot Framework SDK makes (connector replies, app tokens, OpenID
/// metadata): one connection pool shared by all connector clients, so sockets stay bounded however many service URLs
/// there are; a short connect timeout; and a hard request timeout instead of HttpClient's 100 s, so a slow or silent
/// peer cannot hold a turn.
/// </summary>
internal sealed class BotFrameworkHttpClients(IHttpClientFactory factory) : IHttpClientFactory
{
    public const string Name = "BotFramework";

    /// <summary>The SDK asks for the default client; it gets this configuration whatever name it asks for.</summary>
    public HttpClient CreateClient(string name) => factory.CreateClient(Name);

    public static void AddTo(IServiceCollection services, DeliveryOptions delivery)
    {
        services.AddHttpClient(Name)
            .ConfigureHttpClient(client => client.Timeout = delivery.AttemptHardTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                ConnectTimeout = TimeSpan.FromSeconds(5),
                // Connections are recycled so DNS changes (Teams' regional hosts) are seen, without a handler rotation.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
                MaxConnectionsPerServer = 256,
                AllowAutoRedirect = false,
            })
            // One handler for the process: connector clients are kept for reuse and must not pin rotated handlers.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<BotFrameworkHttpClients>();
    }
}
