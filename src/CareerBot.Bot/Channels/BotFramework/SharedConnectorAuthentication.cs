using System.Collections.Concurrent;
using System.Security.Claims;
using CareerBot.Application.Delivery;
using CareerBot.Bot.Channels.BotFramework.Delivery;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace CareerBot.Bot.Channels.BotFramework;

/// <summary>
/// The SDK's authentication, except that connector clients are made only for trusted service URLs
/// (<see cref="ServiceUrlPolicy"/>), send through the one sender (<see cref="OutgoingDelivery"/>), and are shared
/// instead of built per turn; and a turn's user token client is built only if the turn uses it.
/// </summary>
/// <remarks>
/// The SDK (4.23.1) builds a new ConnectorClient for every incoming activity: a new HttpClient (a new TCP
/// connection to the channel) and new Newtonsoft serializer settings whose fresh contract resolver makes the JIT
/// recompile the Activity accessors on every reply — most of a turn's CPU (bench/FINDINGS.md; botbuilder-dotnet
/// #883, #491). BotFrameworkAuthentication.CreateConnectorFactory is the SDK's extension point for this: here it
/// hands out one client per (app, service URL, audience), which lives as long as the process. Everything else is the
/// configured authentication, unchanged.
/// CloudAdapter also asks for a UserTokenClient on every turn (for OAuth sign-in, which CareerBot's interview never
/// uses) and disposes it when the turn ends; building one sets up another service client, about a tenth of a turn's
/// CPU. <see cref="CreateUserTokenClientAsync"/> returns one that builds the real client on its first call instead.
/// </remarks>
public sealed class SharedConnectorAuthentication : BotFrameworkAuthentication
{
    /// <summary>Channels use a handful of service URLs; past this many, clients are built per turn as the SDK does.</summary>
    public const int MaxSharedClients = 256;

    private readonly BotFrameworkAuthentication _inner;
    private readonly ServiceUrlPolicy _serviceUrls;
    private readonly OutgoingDelivery _delivery;
    private readonly ConcurrentDictionary<(string? AppId, string ServiceUrl, string? Audience), Lazy<Task<IConnectorClient>>> _clients = new();

    public SharedConnectorAuthentication(BotFrameworkAuthentication inner, ServiceUrlPolicy serviceUrls, OutgoingDelivery delivery)
    {
        _inner = inner;
        _serviceUrls = serviceUrls;
        _delivery = delivery;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedConnectorFactory(this, _inner.CreateConnectorFactory(claimsIdentity), AudienceOf(claimsIdentity));

    /// <summary>The app a request was addressed to (the token's audience): its credentials are the client's.</summary>
    private static string? AudienceOf(ClaimsIdentity? identity) =>
        identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value;

    // An authenticated request carries the connector factory its turn uses: share that one's clients too.
    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        SharedAsync(() => _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        SharedAsync(() => _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    /// <summary>The SDK's result with shared clients, and its failures as what they mean: a refused token, or keys out of reach.</summary>
    private async Task<AuthenticateRequestResult> SharedAsync(Func<Task<AuthenticateRequestResult>> authenticate)
    {
        try
        {
            return Shared(await authenticate().ConfigureAwait(false));
        }
        catch (Exception e) when (IsUnreadableToken(e))
        {
            throw UnreadableToken(e);
        }
        catch (InvalidOperationException e) when (e is not UntrustedServiceUrlException)
        {
            // What the SDK's OpenID configuration manager throws when the signing keys cannot be fetched (IDX20803).
            throw new SigningKeysUnavailableException(e);
        }
    }

    /// <summary>
    /// The SDK reads a bearer token's claims (is it a skill's?) before validating it, and a token that is not a JWT,
    /// or whose claims have the wrong JSON types, throws from there instead of failing validation. Such a token is
    /// as unauthorized as one with a bad signature: the caller gets a 401, not a 500.
    /// </summary>
    private static bool IsUnreadableToken(Exception e) =>
        e is SecurityTokenException || (e is ArgumentException && e is not ArgumentNullException);

    private static UnauthorizedAccessException UnreadableToken(Exception e) => new("The bearer token is not a readable JWT.", e);

    private AuthenticateRequestResult Shared(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not SharedConnectorFactory)
        {
            result.ConnectorFactory = new SharedConnectorFactory(this, factory, AudienceOf(result.ClaimsIdentity));
        }

        return result;
    }

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new OnFirstUseUserTokenClient(() => _inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None)));

    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private sealed class SharedConnectorFactory(SharedConnectorAuthentication owner, ConnectorFactory inner, string? appId) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            if (!owner._serviceUrls.Trusts(serviceUrl))
            {
                // Before any client exists or any call is made: replies and proactive messages alike.
                throw new UntrustedServiceUrlException();
            }

            var destination = new BotFrameworkDestination(serviceUrl, appId, audience);
            var clients = owner._clients;
            var key = (appId, serviceUrl, audience);
            if (!clients.ContainsKey(key) && clients.Count >= MaxSharedClients)
            {
                var own = await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
                return new DeliveringConnectorClient(own, ownsClient: true, new DeliveringConversations(own.Conversations, owner._delivery, destination));
            }

            var shared = clients.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(() => CreateSharedAsync(serviceUrl, audience)));
            try
            {
                var client = await shared.Value.ConfigureAwait(false);
                return new DeliveringConnectorClient(client, ownsClient: false, new DeliveringConversations(client.Conversations, owner._delivery, destination));
            }
            catch
            {
                // A failed creation must not be remembered.
                clients.TryRemove(key, out _);
                throw;
            }
        }

        private async Task<IConnectorClient> CreateSharedAsync(string serviceUrl, string audience)
        {
            var client = await inner.CreateAsync(serviceUrl, audience, CancellationToken.None).ConfigureAwait(false);

            // The generated client indents every request body it sends; the connector does not read whitespace.
            client.SerializationSettings?.Formatting = Formatting.None;
            return client;
        }
    }

    /// <summary>
    /// A connector client as a turn sees it: its conversation operations go through the sender, and the SDK's dispose
    /// at the end of the turn closes only a client the turn owns, never a shared one.
    /// </summary>
    private sealed class DeliveringConnectorClient(IConnectorClient shared, bool ownsClient, IConversations conversations) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => shared.BaseUri;
            set => shared.BaseUri = value;
        }

        public JsonSerializerSettings SerializationSettings => shared.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => shared.DeserializationSettings;

        public ServiceClientCredentials Credentials => shared.Credentials;

        public IAttachments Attachments => shared.Attachments;

        public IConversations Conversations => conversations;

        public void Dispose()
        {
            if (ownsClient)
            {
                shared.Dispose();
            }
        }
    }

    /// <summary>The configured user token client, built on the first call that needs it and disposed with the turn.</summary>
    private sealed class OnFirstUseUserTokenClient(Func<Task<UserTokenClient>> create) : UserTokenClient
    {
        private readonly Lazy<Task<UserTokenClient>> _client = new(create);

        public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
            await (await _client.Value.ConfigureAwait(false)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken).ConfigureAwait(false);

        public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            await (await _client.Value.ConfigureAwait(false)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken).ConfigureAwait(false);

        public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
            await (await _client.Value.ConfigureAwait(false)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken).ConfigureAwait(false);

        public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            await (await _client.Value.ConfigureAwait(false)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken).ConfigureAwait(false);

        public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            await (await _client.Value.ConfigureAwait(false)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken).ConfigureAwait(false);

        public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            await (await _client.Value.ConfigureAwait(false)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken).ConfigureAwait(false);

        protected override void Dispose(bool disposing)
        {
            if (disposing && _client.IsValueCreated && _client.Value.IsCompletedSuccessfully)
            {
                _client.Value.Result.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
