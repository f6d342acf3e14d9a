using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerBot.Application.Delivery;
using CareerBot.Bot.Tests.Support;
using CareerBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Channels.BotFramework.Delivery;

/// <summary>
/// Replies over a flaky connector, end to end: a production bot answering through a local connector that throttles,
/// fails and refuses. The user gets each reply once, the request never fails because a reply could not be sent, and
/// what could not be sent is kept in the outbox.
/// </summary>
public sealed class ReplyDeliveryTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly BotHost _host;

    public ReplyDeliveryTests() => _host = new(
        new Dictionary<string, string?>
        {
            ["Bot:AllowAnonymous"] = "true",
            ["Bot:TrustedServiceHosts"] = "127.0.0.1,localhost",
            ["Delivery:FirstRetryDelay"] = "00:00:00.010",
            ["Delivery:MaxRetryDelay"] = "00:00:00.050",
            ["Delivery:MaxAttempts"] = "3",
        },
        "Production",
        services => services.AddSingleton<ILoggerProvider>(_logs));

    private ConnectorStub _connector = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        _logs.Dispose();
    }

    private Task<HttpResponseMessage> SayAsync(string text, string conversationId = "conv1", string? serviceUrl = null) =>
        _client.PostAsJsonAsync("/api/messages", new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl ?? _connector.ServiceUrl,
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
            ["from"] = new JsonObject { ["id"] = "29:user1", ["name"] = "Pat" },
            ["recipient"] = new JsonObject { ["id"] = "28:careerbot" },
            ["locale"] = "en-US",
            ["text"] = text,
        });

    private async Task<IReadOnlyList<OutboxMessage>> OutboxAsync()
    {
        var outbox = _host.Services.GetRequiredService<Outbox>();
        var kept = new List<OutboxMessage>();
        foreach (var key in await outbox.KeysAsync(CancellationToken.None))
        {
            kept.Add((await outbox.ReadAsync(key, CancellationToken.None))!);
        }

        return kept;
    }

    [Fact]
    public async Task Teams_throttling_the_reply_delays_it_as_asked_and_the_user_gets_it_once()
    {
        _connector.FailNext(1, 429, retryAfter: "1");

        Assert.Equal(HttpStatusCode.OK, (await SayAsync("start")).StatusCode);

        var reply = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Contains("1/8", reply.Text, StringComparison.Ordinal);
        Assert.Equal(1, _connector.Refused);
        await Task.Delay(200);
        Assert.Single(_connector.Sent);
        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task A_gateway_failing_twice_is_retried_and_the_reply_arrives_once()
    {
        _connector.FailNext(2, 502);

        Assert.Equal(HttpStatusCode.OK, (await SayAsync("start")).StatusCode);

        Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal(2, _connector.Refused);
        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task A_reply_the_connector_refuses_is_kept_and_what_the_user_said_is_not_lost()
    {
        await SayAsync("start");
        await _connector.WaitForAsync(1);
        _connector.FailNext(1, 403);

        Assert.Equal(HttpStatusCode.OK, (await SayAsync("I want to lead a product team")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SayAsync("Ship the billing revamp")).StatusCode);

        var replies = await _connector.WaitForAsync(2);
        Assert.Contains("3/8", replies[1].Text, StringComparison.Ordinal);
        var kept = Assert.Single(await OutboxAsync());
        Assert.Equal(("botframework", false, 1), (kept.Channel, kept.Transient, kept.Attempts));
        Assert.StartsWith("403", kept.Reason, StringComparison.Ordinal);
        Assert.Contains("2/8", kept.Payload, StringComparison.Ordinal);
        Assert.Contains("conv1", kept.Payload, StringComparison.Ordinal);
        var warning = Assert.Single(_logs.Lines, line => line.Contains("kept in the outbox", StringComparison.Ordinal));
        Assert.Contains("403", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("billing", StringComparison.Ordinal) || line.Contains("lead a product team", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_connector_that_cannot_be_reached_gets_a_few_tries_and_the_request_still_succeeds()
    {
        var closed = LoopbackPorts.Free();

        var response = await SayAsync("start", serviceUrl: $"http://127.0.0.1:{closed}/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kept = Assert.Single(await OutboxAsync());
        Assert.True(kept.Transient);
        Assert.Equal(3, kept.Attempts);
        Assert.StartsWith("connection failed", kept.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/")]
    [InlineData("file:///etc/passwd")]
    public async Task A_service_url_outside_the_trusted_hosts_is_refused_before_any_turn(string target)
    {
        var response = await SayAsync("start", conversationId: "conv-ssrf", serviceUrl: target);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await OutboxAsync());
    }
}
