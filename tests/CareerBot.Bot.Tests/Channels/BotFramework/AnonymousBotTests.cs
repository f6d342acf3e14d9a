using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerBot.Application.Documents;
using CareerBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// No anonymous bot by accident: without a MicrosoftAppId only a Development bot starts (and replies only to loopback
/// service URLs), or a bot whose operator said so, with a warning at every start.
/// </summary>
public sealed class AnonymousBotTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_development_a_bot_without_an_app_id_does_not_start(string environment)
    {
        using var host = new BotHost(environment: environment);

        var refused = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("without ever building", refused.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_operator_who_asks_for_an_open_bot_gets_one_with_a_warning()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = new BotHost(
            new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "true" },
            "Production",
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Contains(logs.Lines, line => line.Contains("accepts unauthenticated requests from anyone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_app_id_is_enough_to_start_outside_development()
    {
        await using var host = new BotHost(new Dictionary<string, string?> { ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001" }, "Production");
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Theory]
    [InlineData("http://198.51.100.7/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://169.254.169.254/latest/")]
    [InlineData("http://localhost.example.com/")]
    [InlineData("not a url")]
    public async Task An_anonymous_development_bot_replies_to_no_other_host_and_runs_no_turn(string serviceUrl)
    {
        await using var host = new BotHost();
        using var client = host.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", Message(serviceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("loopback", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        Assert.Empty(await store.KeysAsync(string.Empty, string.Empty, default));
    }

    [Fact]
    public async Task An_anonymous_development_bot_replies_to_a_loopback_service_url()
    {
        await using var connector = await ConnectorStub.StartAsync();
        await using var host = new BotHost();
        using var client = host.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", Message(connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await connector.WaitForAsync(1));
    }

    private static JsonObject Message(string serviceUrl) => new()
    {
        ["type"] = "message",
        ["id"] = "1",
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["conversation"] = new JsonObject { ["id"] = "c1" },
        ["from"] = new JsonObject { ["id"] = "u1" },
        ["recipient"] = new JsonObject { ["id"] = "careerbot" },
        ["locale"] = "en-US",
        ["text"] = "start",
    };
}
