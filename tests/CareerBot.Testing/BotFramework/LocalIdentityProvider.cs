using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.Testing.BotFramework;

/// <summary>
/// A local stand-in for the Bot Framework's identity services, over HTTPS on 127.0.0.1: the OpenID metadata document
/// and the signing keys (JWKS, each key with the channels it is endorsed for) that the bot validates channel tokens
/// against, and the token endpoint the bot asks for its own token (client credentials) before it replies. The SDK is
/// pointed at it through its own settings (<see cref="BotSettings"/>); tests sign channel tokens with
/// <see cref="Sign"/>.
/// </summary>
public sealed class LocalIdentityProvider : IAsyncDisposable
{
    /// <summary>The issuer of channel tokens (what the Bot Framework calls ToBotFromChannelTokenIssuer).</summary>
    public const string ChannelIssuer = "https://api.botframework.test";

    /// <summary>The audience of the bot's own tokens, for the connector (ToChannelFromBotOAuthScope).</summary>
    public const string ConnectorScope = "https://api.botframework.test";

    /// <summary>The tenant in the login URL, as botframework.com is for multi-tenant bots.</summary>
    public const string Tenant = "botframework.test";

    private readonly WebApplication _app;
    private readonly TestCertificateAuthority _authority;
    private readonly IReadOnlyList<SigningKey> _keys;
    private readonly ConcurrentQueue<IssuedAppToken> _issued = new();

    private LocalIdentityProvider(WebApplication app, TestCertificateAuthority authority, IReadOnlyList<SigningKey> keys)
    {
        _app = app;
        _authority = authority;
        _keys = keys;
    }

    /// <summary>https://127.0.0.1:port/</summary>
    public Uri BaseAddress { get; private set; } = null!;

    private string MetadataUrl => new Uri(BaseAddress, ".well-known/openidconfiguration").ToString();

    private string LoginUrl => new Uri(BaseAddress, Tenant).ToString();

    /// <summary>Every token the token endpoint issued to the bot, in order.</summary>
    public IReadOnlyCollection<IssuedAppToken> Issued => _issued;

    /// <summary>
    /// Starts the provider with the signing keys it publishes; the first is the one <see cref="Sign"/> uses by default.
    /// Its certificate authority is trusted while it runs.
    /// </summary>
    public static async Task<LocalIdentityProvider> StartAsync(params SigningKey[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            throw new ArgumentException("Publish at least one signing key.", nameof(keys));
        }

        var authority = TestCertificateAuthority.CreateTrusted();
        try
        {
            var certificate = authority.IssueLoopbackServerCertificate();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var provider = new LocalIdentityProvider(app, authority, keys);
            app.MapGet("/.well-known/openidconfiguration", provider.Metadata);
            app.MapGet("/keys", provider.KeySet);
            app.MapPost("/{tenant}/oauth2/v2.0/token", provider.IssueAsync);
            await app.StartAsync();
            provider.BaseAddress = new Uri(app.Urls.Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
            return provider;
        }
        catch
        {
            authority.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The Bot Framework SDK's settings that point a bot with these credentials at this provider for both directions:
    /// validating channel tokens, and getting its own token to reply.
    /// </summary>
    public Dictionary<string, string?> BotSettings(string appId, string password) => new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = password,
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl,
        ["ToBotFromChannelTokenIssuer"] = ChannelIssuer,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = MetadataUrl,
        ["ToChannelFromBotLoginUrl"] = LoginUrl,
        ["ToChannelFromBotOAuthScope"] = ConnectorScope,
        ["OAuthUrl"] = BaseAddress.ToString(),
        // A private authority: nothing to look up at Microsoft's instance discovery.
        ["ValidateAuthority"] = "false",
    };

    /// <summary>A channel token as <paramref name="token"/> describes it, signed as it says.</summary>
    public string Sign(ChannelToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var now = DateTime.UtcNow;
        var claims = new List<Claim>();
        if (token.ServiceUrl is not null)
        {
            claims.Add(new Claim("serviceurl", token.ServiceUrl));
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = token.Issuer,
            Audience = token.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now + token.NotBefore,
            NotBefore = now + token.NotBefore,
            Expires = now + token.Expires,
        };
        // A key nobody published, for the signatures that must not verify.
        using var impostor = token.Signature switch
        {
            TokenSignature.UnpublishedKeySameKeyId => new SigningKey(KeyFor(token.KeyId).KeyId),
            TokenSignature.UnknownKeyId => new SigningKey("unknown-" + Guid.NewGuid().ToString("N")),
            _ => null,
        };
        descriptor.SigningCredentials = token.Signature switch
        {
            TokenSignature.Published => Credentials(KeyFor(token.KeyId)),
            TokenSignature.UnpublishedKeySameKeyId or TokenSignature.UnknownKeyId => Credentials(impostor!),
            // HMAC with a secret of the signer's choosing, claiming a published key's id.
            TokenSignature.SharedSecret => new SigningCredentials(
                new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = KeyFor(token.KeyId).KeyId },
                SecurityAlgorithms.HmacSha256),
            // Without credentials the handler writes {"alg":"none"} and an empty signature.
            TokenSignature.None => null,
            _ => throw new ArgumentOutOfRangeException(nameof(token), token.Signature, "Unknown signature kind."),
        };
        return new JwtSecurityTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateEncodedJwt(descriptor);
    }

    private SigningKey KeyFor(string? keyId) =>
        keyId is null ? _keys[0] : _keys.Single(k => k.KeyId == keyId);

    private static SigningCredentials Credentials(SigningKey key) =>
        new(new RsaSecurityKey(key.Rsa) { KeyId = key.KeyId }, SecurityAlgorithms.RsaSha256);

    private IResult Metadata() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = ChannelIssuer,
        ["authorization_endpoint"] = new Uri(BaseAddress, Tenant + "/oauth2/v2.0/authorize").ToString(),
        ["token_endpoint"] = new Uri(BaseAddress, Tenant + "/oauth2/v2.0/token").ToString(),
        ["jwks_uri"] = new Uri(BaseAddress, "keys").ToString(),
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });

    private IResult KeySet() => Results.Json(new { keys = _keys.Select(k => k.ToJwk()) });

    private async Task<IResult> IssueAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials")
        {
            return Results.Json(new { error = "unsupported_grant_type" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var issued = new IssuedAppToken(
            form["client_id"].ToString(),
            form["client_secret"].ToString(),
            form["scope"].ToString(),
            "app-token-" + Guid.NewGuid().ToString("N"));
        _issued.Enqueue(issued);
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = issued.AccessToken,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _authority.Dispose();
        foreach (var key in _keys)
        {
            key.Dispose();
        }
    }
}

/// <summary>One token the local token endpoint issued to a bot: who asked, with which secret, for which scope.</summary>
public sealed record IssuedAppToken(string ClientId, string ClientSecret, string Scope, string AccessToken);

/// <summary>How a test token is signed.</summary>
public enum TokenSignature
{
    /// <summary>With a key the provider publishes: a correctly signed token.</summary>
    Published,

    /// <summary>With another key that claims a published key's id: the signature does not verify.</summary>
    UnpublishedKeySameKeyId,

    /// <summary>With a key whose id the provider does not publish.</summary>
    UnknownKeyId,

    /// <summary>HS256 with a secret of the signer's choosing, claiming a published key's id.</summary>
    SharedSecret,

    /// <summary><c>alg: none</c>, no signature.</summary>
    None,
}

/// <summary>
/// A channel token's claims and signature, valid unless told otherwise: the issuer the bot trusts, audience, the
/// activity's service URL, valid from a minute ago for an hour, signed with the provider's first key.
/// </summary>
public sealed record ChannelToken(string Audience, string? ServiceUrl)
{
    public string Issuer { get; init; } = LocalIdentityProvider.ChannelIssuer;

    /// <summary>From now; negative is the past.</summary>
    public TimeSpan NotBefore { get; init; } = TimeSpan.FromMinutes(-1);

    /// <summary>From now; negative is the past.</summary>
    public TimeSpan Expires { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Which published key signs (null: the first).</summary>
    public string? KeyId { get; init; }

    public TokenSignature Signature { get; init; } = TokenSignature.Published;
}

/// <summary>An RSA signing key the provider publishes, with the channels it is endorsed for.</summary>
public sealed class SigningKey(string keyId, params string[] endorsements) : IDisposable
{
    public string KeyId { get; } = keyId;

    public IReadOnlyList<string> Endorsements { get; } = endorsements;

    internal RSA Rsa { get; } = RSA.Create(2048);

    internal object ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = KeyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements = Endorsements,
        };
    }

    public void Dispose() => Rsa.Dispose();
}
