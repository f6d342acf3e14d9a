using System.Security.Claims;
using CareerBot.Application.Delivery;
using CareerBot.Application.Documents;
using CareerBot.Bot.Channels.BotFramework;
using CareerBot.Testing;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Moq;
using Moq.Protected;

namespace CareerBot.Bot.Tests.Channels.BotFramework;

/// <summary>One connector client per channel endpoint for the life of the process, not one per turn.</summary>
public class SharedConnectorAuthenticationTests
{
    private readonly Mock<ConnectorFactory> _factory = new();
    private readonly List<Mock<IConnectorClient>> _built = [];
    private readonly Mock<BotFrameworkAuthentication> _inner = new();
    private readonly SharedConnectorAuthentication _authentication;

    public SharedConnectorAuthenticationTests()
    {
        _factory.Setup(f => f.CreateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string serviceUrl, string _, CancellationToken _) =>
            {
                var client = new Mock<IConnectorClient>();
                client.SetupGet(c => c.BaseUri).Returns(new Uri(serviceUrl));
                _built.Add(client);
                return client.Object;
            });
        var inner = _inner;
        inner.Setup(a => a.CreateConnectorFactory(It.IsAny<ClaimsIdentity>())).Returns(_factory.Object);
        inner.Setup(a => a.AuthenticateRequestAsync(It.IsAny<Microsoft.Bot.Schema.Activity>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new AuthenticateRequestResult { ClaimsIdentity = Identity("app"), ConnectorFactory = _factory.Object, Audience = "audience" });
        var delivery = new DeliveryOptions();
        _authentication = new SharedConnectorAuthentication(
            inner.Object,
            new ServiceUrlPolicy(["*.example.test"], trustLoopback: false),
            new OutgoingDelivery(delivery, new Outbox(new MemoryDocumentStore(), TimeProvider.System, delivery), TimeProvider.System, new RecordedDeliveryReports()));
    }

    private static ClaimsIdentity Identity(string appId) => new([new Claim(AuthenticationConstants.AudienceClaim, appId)]);

    private Task<IConnectorClient> ClientAsync(string serviceUrl, string appId = "app") =>
        _authentication.CreateConnectorFactory(Identity(appId)).CreateAsync(serviceUrl, "audience", CancellationToken.None);

    [Fact]
    public async Task Turns_to_the_same_service_url_share_one_client_that_outlives_each_turn()
    {
        using (var first = await ClientAsync("https://smba.example.test/teams/"))
        {
            Assert.Equal(new Uri("https://smba.example.test/teams/"), first.BaseUri);
        }

        using var second = await ClientAsync("https://smba.example.test/teams/");

        var client = Assert.Single(_built);
        client.Verify(c => c.Dispose(), Times.Never);
    }

    [Fact]
    public async Task Different_service_urls_and_apps_get_their_own_clients()
    {
        await ClientAsync("https://a.example.test/");
        await ClientAsync("https://b.example.test/");
        await ClientAsync("https://a.example.test/", appId: "another-app");

        Assert.Equal(3, _built.Count);
    }

    [Fact]
    public async Task Past_the_bound_clients_are_built_per_turn()
    {
        for (var i = 0; i < SharedConnectorAuthentication.MaxSharedClients + 3; i++)
        {
            await ClientAsync($"https://host{i}.example.test/");
        }

        await ClientAsync("https://host-extra.example.test/");
        await ClientAsync("https://host-extra.example.test/");

        Assert.Equal(SharedConnectorAuthentication.MaxSharedClients + 5, _built.Count);
    }

    [Fact]
    public async Task The_factory_an_authenticated_request_carries_shares_clients_too()
    {
        for (var turn = 0; turn < 3; turn++)
        {
            var result = await _authentication.AuthenticateRequestAsync(new Microsoft.Bot.Schema.Activity(), string.Empty, CancellationToken.None);
            using var client = await result.ConnectorFactory.CreateAsync("https://smba.example.test/teams/", result.Audience, CancellationToken.None);
        }

        Assert.Single(_built);
    }

    [Fact]
    public async Task An_untrusted_service_url_gets_no_client_and_no_call()
    {
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => ClientAsync("https://169.254.169.254/latest/"));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => ClientAsync("http://a.example.test/"));

        Assert.Empty(_built);
    }

    [Fact]
    public async Task A_turn_that_never_signs_in_builds_no_user_token_client()
    {
        using (await _authentication.CreateUserTokenClientAsync(Identity("app"), CancellationToken.None))
        {
        }

        _inner.Verify(a => a.CreateUserTokenClientAsync(It.IsAny<ClaimsIdentity>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_turn_that_signs_in_gets_the_configured_user_token_client_once_and_disposes_it()
    {
        var real = new Mock<UserTokenClient>();
        real.Setup(c => c.GetUserTokenAsync("user", "aad", "msteams", null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Microsoft.Bot.Schema.TokenResponse { Token = "token" });
        _inner.Setup(a => a.CreateUserTokenClientAsync(It.IsAny<ClaimsIdentity>(), It.IsAny<CancellationToken>())).ReturnsAsync(real.Object);

        using (var client = await _authentication.CreateUserTokenClientAsync(Identity("app"), CancellationToken.None))
        {
            Assert.Equal("token", (await client.GetUserTokenAsync("user", "aad", "msteams", null!, CancellationToken.None)).Token);
            await client.SignOutUserAsync("user", "aad", "msteams", CancellationToken.None);
        }

        _inner.Verify(a => a.CreateUserTokenClientAsync(It.IsAny<ClaimsIdentity>(), It.IsAny<CancellationToken>()), Times.Once);
        real.Verify(c => c.SignOutUserAsync("user", "aad", "msteams", It.IsAny<CancellationToken>()), Times.Once);
        real.Protected().Verify("Dispose", Times.Once(), true, true);
    }
}
