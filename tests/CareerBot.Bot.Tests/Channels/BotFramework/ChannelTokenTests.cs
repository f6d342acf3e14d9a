using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerBot.Application.Documents;
using CareerBot.Bot.Tests.Support;
using CareerBot.Testing.BotFramework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Token authentication on /api/messages, proven offline: a Production bot with an app id validates channel tokens
/// against a local identity provider (OpenID metadata and endorsed keys over HTTPS, through the SDK's own settings),
/// and replies with a token that provider issued for the app's credentials. Only a correctly signed, endorsed,
/// audience- and serviceUrl-bound token runs a turn; everything else is a 401 that runs none.
/// </summary>
public sealed class ChannelTokenTests(ChannelTokenIdentity identity) : IClassFixture<ChannelTokenIdentity>, IAsyncLifetime
{
    private const string AppId = "4a0b8f6e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
    private const string AppPassword = "local-test-secret";

    private readonly LocalIdentityProvider _identity = identity.Provider;
    private readonly CapturingLoggerProvider _logs = new();
    private ConnectorStub _connector = null!;
    private BotHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        var settings = _identity.BotSettings(AppId, AppPassword);
        settings["Bot:TrustedServiceHosts"] = "127.0.0.1,localhost";
        _host = new BotHost(settings, "Production", services => services.AddSingleton<ILoggerProvider>(_logs));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        _logs.Dispose();
    }

    [Fact]
    public async Task A_correctly_signed_channel_token_runs_the_turn_and_the_reply_carries_the_apps_own_token()
    {
        var response = await PostAsync(Message("conv-signed"), "Bearer " + _identity.Sign(ValidToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _connector.WaitForAsync(1))[0];
        Assert.Equal("conv-signed", reply.ConversationId);
        var issued = Assert.Single(_identity.Issued, token => reply.Authorization == "Bearer " + token.AccessToken);
        Assert.Equal(AppId, issued.ClientId);
        Assert.Equal(AppPassword, issued.ClientSecret);
        Assert.Contains(LocalIdentityProvider.ConnectorScope, issued.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_endorsed_for_webchat_is_accepted_for_webchat_too()
    {
        var response = await PostAsync(Message("conv-webchat", channelId: "webchat"), "Bearer " + _identity.Sign(ValidToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await _connector.WaitForAsync(1));
    }

    [Theory]
    [InlineData("no Authorization header")]
    [InlineData("Bearer abc")]
    [InlineData("Bearer with nothing after it")]
    [InlineData("Basic credentials")]
    [InlineData("three parts in the header")]
    [InlineData("alg none")]
    [InlineData("HS256 with a secret of the caller's choosing")]
    [InlineData("a key id the provider does not publish")]
    [InlineData("a published key id, signed with another key")]
    [InlineData("expired")]
    [InlineData("not yet valid")]
    [InlineData("for another bot")]
    [InlineData("from another issuer")]
    [InlineData("a key not endorsed for msteams")]
    [InlineData("bound to another serviceUrl")]
    [InlineData("bound to no serviceUrl")]
    public async Task A_token_the_bot_cannot_trust_is_a_401_and_runs_no_turn(string token)
    {
        var response = await PostAsync(Message("conv-refused"), Authorization(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The request is not authorized for this bot.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var store = _host.Services.GetRequiredService<IDocumentStore>();
        Assert.Empty(await store.KeysAsync(string.Empty, string.Empty, default));
        Assert.Empty(await _connector.WaitForAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_card_tap_is_held_to_the_same_token_check_and_a_signed_one_gets_its_card_back()
    {
        var tap = Message("conv-tap");
        tap["type"] = "invoke";
        tap["name"] = "adaptiveCard/action";
        tap.Remove("text");
        tap["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "start", ["data"] = new JsonObject { ["command"] = "start", ["owner"] = "29:user1" } },
            ["trigger"] = "manual",
        };

        var unsigned = await PostAsync(tap, null);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Empty(await _connector.WaitForAsync(1, TimeSpan.FromMilliseconds(300)));

        tap["id"] = Guid.NewGuid().ToString("N");
        var signed = await PostAsync(tap, Bearer(ValidToken()));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var body = JsonNode.Parse(await signed.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)body["type"]!);
        Assert.Equal("AdaptiveCard", (string)body["value"]!["type"]!);
        var reply = (await _connector.WaitForAsync(1))[0];
        Assert.Contains(_identity.Issued, token => reply.Authorization == "Bearer " + token.AccessToken);
    }

    [Fact]
    public async Task A_refused_token_never_reaches_the_logs()
    {
        var token = _identity.Sign(ValidToken() with { Audience = "someone-else" });

        var response = await PostAsync(Message("conv-logs"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(_logs.Lines, line => line.Contains("Rejected an unauthorized request", StringComparison.Ordinal));
        var signature = token[(token.LastIndexOf('.') + 1)..];
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(token, StringComparison.Ordinal) || line.Contains(signature, StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_keys_cannot_be_fetched_the_request_is_a_503_to_retry_and_runs_no_turn()
    {
        // Nothing listens on port 1: the metadata cannot be read, so no token can be checked, the caller's or any.
        var settings = _identity.BotSettings(AppId, AppPassword);
        settings["ToBotFromChannelOpenIdMetadataUrl"] = "https://127.0.0.1:1/.well-known/openidconfiguration";
        settings["Bot:TrustedServiceHosts"] = "127.0.0.1";
        await using var host = new BotHost(settings, "Production");
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Message("conv-keys")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _identity.Sign(ValidToken()));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Empty(await host.Services.GetRequiredService<IDocumentStore>().KeysAsync(string.Empty, string.Empty, default));
        Assert.Empty(await _connector.WaitForAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    private ChannelToken ValidToken() => new(AppId, _connector.ServiceUrl);

    private string? Authorization(string token) => token switch
    {
        "no Authorization header" => null,
        "Bearer abc" => "Bearer abc",
        "Bearer with nothing after it" => "Bearer ",
        "Basic credentials" => "Basic " + Convert.ToBase64String("app:secret"u8.ToArray()),
        "three parts in the header" => "Bearer " + _identity.Sign(ValidToken()) + " extra",
        "alg none" => Bearer(ValidToken() with { Signature = TokenSignature.None }),
        "HS256 with a secret of the caller's choosing" => Bearer(ValidToken() with { Signature = TokenSignature.SharedSecret }),
        "a key id the provider does not publish" => Bearer(ValidToken() with { Signature = TokenSignature.UnknownKeyId }),
        "a published key id, signed with another key" => Bearer(ValidToken() with { Signature = TokenSignature.UnpublishedKeySameKeyId }),
        // Past the five minutes of clock skew the SDK allows, either way.
        "expired" => Bearer(ValidToken() with { NotBefore = TimeSpan.FromHours(-2), Expires = TimeSpan.FromMinutes(-10) }),
        "not yet valid" => Bearer(ValidToken() with { NotBefore = TimeSpan.FromMinutes(10), Expires = TimeSpan.FromHours(1) }),
        "for another bot" => Bearer(ValidToken() with { Audience = "0b9f3c2a-0000-4000-8000-000000000000" }),
        "from another issuer" => Bearer(ValidToken() with { Issuer = "https://issuer.example.test" }),
        "a key not endorsed for msteams" => Bearer(ValidToken() with { KeyId = ChannelTokenIdentity.SlackKey }),
        "bound to another serviceUrl" => Bearer(new ChannelToken(AppId, "http://127.0.0.1:9/other/")),
        "bound to no serviceUrl" => Bearer(new ChannelToken(AppId, ServiceUrl: null)),
        _ => throw new ArgumentOutOfRangeException(nameof(token), token, "No such case."),
    };

    private string Bearer(ChannelToken token) => "Bearer " + _identity.Sign(token);

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await _client.SendAsync(request);
    }

    private JsonObject Message(string conversationId, string channelId = "msteams") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = channelId,
        ["serviceUrl"] = _connector.ServiceUrl,
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant1" },
        ["from"] = new JsonObject { ["id"] = "29:user1", ["name"] = "Pat" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "CareerBot" },
        ["locale"] = "en-US",
        ["text"] = "start",
    };
}

/// <summary>One identity provider (and its trusted test authority) for the class: the SDK caches keys per metadata URL.</summary>
public sealed class ChannelTokenIdentity : IAsyncLifetime
{
    public const string ChannelKey = "channel-key";
    public const string SlackKey = "slack-key";

    public LocalIdentityProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Provider = await LocalIdentityProvider.StartAsync(new SigningKey(ChannelKey, "msteams", "webchat"), new SigningKey(SlackKey, "slack"));

    public async Task DisposeAsync() => await Provider.DisposeAsync();
}
