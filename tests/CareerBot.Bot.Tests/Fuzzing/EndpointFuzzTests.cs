using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerBot.Application.Documents;
using CareerBot.Bot.Tests.Support;
using CareerBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace CareerBot.Bot.Tests.Fuzzing;

/// <summary>
/// The fuzz tests measure the process's memory, so nothing else may run beside them; xunit runs this collection
/// alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzTests
{
    public const string Name = "fuzz";
}

/// <summary>
/// Never a 500, never a stack trace: thousands of generated and mutated requests (seeded, so a failure replays) to
/// <c>/api/messages</c> and Direct Line, against the real host as Development, as an open Production bot, and as a
/// Production bot with an app id that gets bad tokens. Afterwards the host still runs an interview, and the memory it
/// holds after a full collection has not grown with the requests.
/// </summary>
[Collection(FuzzTests.Name)]
public sealed class EndpointFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Room for what a run leaves behind that is bounded (Direct Line transcripts at their cap, pooled
    /// connections, the GC's own variance); a leak of a few kilobytes per request would pass it within a run.</summary>
    private const long MemoryGrowthBound = 48L * 1024 * 1024;

    private const string DirectLineSecret = "fuzz-direct-line-secret-0123456789abcdef";

    private readonly TempDatabase _database = new();
    private ConnectorStub _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorStub.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public Task A_development_bot_answers_every_fuzzed_request_without_a_5xx() =>
        FuzzAsync("Development", new Dictionary<string, string?>(), directLineSecret: null, appId: false, count: FuzzSettings.Count(5_000));

    [Fact]
    public Task An_open_production_bot_answers_every_fuzzed_request_without_a_5xx() =>
        FuzzAsync("Production", OpenProductionBot(), DirectLineSecret, appId: false, count: FuzzSettings.Count(5_000));

    /// <summary>
    /// The first thousands of requests in a process fill what is filled once and kept (pooled buffers for bodies of up to
    /// a megabyte, serializer and JIT caches: 150 to 200 MB over the first 10,000 requests, whichever test runs first);
    /// after that, the memory held must not grow with the requests.
    /// </summary>
    [Fact]
    public Task Once_warm_the_memory_held_stays_flat_under_fuzzed_requests() =>
        FuzzAsync("Production", OpenProductionBot(), DirectLineSecret, appId: false, count: FuzzSettings.Count(14_000), warmUp: 10_000, assertMemory: true);

    private static Dictionary<string, string?> OpenProductionBot() => new()
    {
        ["Bot:AllowAnonymous"] = "true",
        ["Bot:TrustedServiceHosts"] = "127.0.0.1,localhost",
        ["DirectLine:Secret"] = DirectLineSecret,
    };

    [Fact]
    public Task A_production_bot_with_an_app_id_answers_bad_tokens_with_a_401_never_a_5xx() =>
        FuzzAsync(
            "Production",
            new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
                ["MicrosoftAppPassword"] = "not-a-real-secret",
                ["Bot:TrustedServiceHosts"] = "127.0.0.1,localhost",
                // Where the SDK looks up the keys that sign channel tokens: a closed port on this machine, never the
                // internet. So a token that is well formed and names a trusted issuer cannot be checked: 503, retry later.
                ["ToBotFromChannelOpenIdMetadataUrl"] = "https://127.0.0.1:1/v1/.well-known/openidconfiguration",
                ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://127.0.0.1:1/v2.0/.well-known/openid-configuration",
            },
            directLineSecret: null,
            appId: true,
            count: FuzzSettings.Count(2_000));

    private async Task FuzzAsync(
        string environment, Dictionary<string, string?> settings, string? directLineSecret, bool appId, int count, int? warmUp = null, bool assertMemory = false)
    {
        var seed = FuzzSettings.Seed;
        settings["Storage:Provider"] = "sqlite";
        settings["Storage:ConnectionString"] = _database.ConnectionString;
        // A reply that cannot be delivered (a closed loopback port is a valid target) is retried briefly, not for seconds.
        settings["Delivery:MaxAttempts"] = "2";
        settings["Delivery:FirstRetryDelay"] = "00:00:00.010";
        settings["Delivery:MaxRetryDelay"] = "00:00:00.050";
        settings["Delivery:AttemptTimeout"] = "00:00:02";
        settings["Delivery:InlineBudget"] = "00:00:03";
        // Direct Line keeps a bounded transcript per conversation and a bounded number of conversations; small bounds
        // here, so the warm-up reaches them and the memory measured after it is what the bounds allow.
        settings["DirectLine:MaxActivitiesPerConversation"] = "40";
        // (Open conversations are registered in 32 slices, each holding its share of the cap, and an opening tries 4 of
        // them: at least 4 a slice, or a few early openings can find their slices full while the total has room.)
        settings["DirectLine:MaxConversations"] = "128";
        // The console stays quiet (thousands of rejected requests); errors are kept to explain a failure.
        settings["Logging:Console:LogLevel:Default"] = "None";
        using var errors = new FirstErrorsLogger();
        await using var host = new BotHost(settings, environment, services => services.AddLogging(logging => logging.AddProvider(errors)));
        using var client = host.CreateClient();
        var directLine = environment == "Development" || directLineSecret is not null;
        var slots = directLine ? await OpenDirectLineSlotsAsync(client, directLineSecret, FuzzPayloads.DirectLineSlots) : [];
        // One more conversation the fuzzed requests never touch (they refresh and so revoke their slots' tokens),
        // opened now because the fuzzed requests fill the host's quota of conversations.
        var untouched = directLine ? (await OpenDirectLineSlotsAsync(client, directLineSecret, count: 1))[0] : null;

        var payloads = new FuzzPayloads(seed, _connector.ServiceUrl, directLine, appId);
        var warm = Math.Min(warmUp ?? count / 10, count);
        var measured = count - warm;

        // The warm-up fills what is filled once (JIT, caches, pools, Direct Line transcripts up to their cap); the
        // memory is measured over the rest, and held to the bound by the test that asks for it. The connector stub, in this process too, keeps nothing meanwhile.
        _connector.Recording = false;
        var report = await FuzzRunner.RunAsync(client, payloads, warm, slots, directLineSecret, offline: appId);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        await FuzzRunner.RunAsync(client, payloads, measured / 2, slots, directLineSecret, offline: appId, report);
        var middle = GC.GetTotalMemory(forceFullCollection: true);
        await FuzzRunner.RunAsync(client, payloads, measured - (measured / 2), slots, directLineSecret, offline: appId, report);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        _connector.Recording = true;

        output.WriteLine($"{environment}{(appId ? " with an app id" : string.Empty)}: seed {seed}, {report.Sent} requests in {report.Duration.TotalSeconds:0.0} s, {report.ServerErrors} 5xx ({report.UnimplementedInvokes} invokes answered 501, the Bot Framework's 'not implemented', not counted; {report.UnverifiableTokens} tokens of a trusted issuer answered 503 as their keys are out of reach offline)");
        output.WriteLine($"statuses: {report.StatusSummary}");
        output.WriteLine($"memory after a full collection: {FuzzSettings.Megabytes(before)} after the warm-up, {FuzzSettings.Megabytes(middle)} halfway, {FuzzSettings.Megabytes(after)} after {measured} more requests ({FuzzSettings.Megabytes(after - before)} growth, bound {FuzzSettings.Megabytes(MemoryGrowthBound)}{(assertMemory ? string.Empty : ", asserted once warm: see the memory test")})");

        Assert.True(report.Failures.IsEmpty, report.DescribeFailures(seed) + "\nThe host's first errors:\n" + string.Join("\n", errors.Errors.Take(3)));
        Assert.True(report.Sent >= count);
        Assert.True(!assertMemory || after - before < MemoryGrowthBound, $"memory grew by {FuzzSettings.Megabytes(after - before)} over {measured} requests (seed {seed})");

        if (appId)
        {
            // Nobody without a valid token got a turn: the bot is alive, and a request without a token is still a 401.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/messages", Message("after-fuzz", "start"))).StatusCode);
            Assert.Empty(await host.Services.GetRequiredService<IDocumentStore>().KeysAsync("conversation/", string.Empty, default));
        }
        else
        {
            await AnInterviewStillRunsAsync(client);
            if (directLine)
            {
                await AnInterviewStillRunsOverDirectLineAsync(client, untouched!);
            }
        }
    }

    private async Task AnInterviewStillRunsAsync(HttpClient client)
    {
        var conversation = "after-fuzz-" + Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/messages", Message(conversation, "start"))).StatusCode);
        Assert.Contains("1/8", await _connector.WaitForReplyAsync(conversation, "1/8"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/messages", Message(conversation, "Lead a team of product managers within three years"))).StatusCode);
        Assert.Contains("2/8", await _connector.WaitForReplyAsync(conversation, "2/8"), StringComparison.Ordinal);
    }

    /// <summary>A Web Chat user still gets an answer.</summary>
    private static async Task AnInterviewStillRunsOverDirectLineAsync(HttpClient client, DirectLineSlot slot)
    {
        var watermark = (string?)(await PollAsync(client, slot, watermark: null))["watermark"];
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{slot.ConversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = "me" }, locale = "en-US", text = "start" }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", slot.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(post)).StatusCode);

        var activities = (await PollAsync(client, slot, watermark))["activities"]!.AsArray();
        Assert.Contains(activities, a => (string?)a!["from"]?["role"] == "bot" && ((string?)a["text"])?.Contains("1/8", StringComparison.Ordinal) == true);
    }

    private static async Task<JsonNode> PollAsync(HttpClient client, DirectLineSlot slot, string? watermark)
    {
        using var poll = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{slot.ConversationId}/activities" + (watermark is null ? string.Empty : "?watermark=" + watermark));
        poll.Headers.Authorization = new AuthenticationHeaderValue("Bearer", slot.Token);
        using var response = await client.SendAsync(poll);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<IReadOnlyList<DirectLineSlot>> OpenDirectLineSlotsAsync(HttpClient client, string? secret, int count)
    {
        var slots = new List<DirectLineSlot>();
        for (var i = 0; i < count; i++)
        {
            using var open = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent.Create(new { locale = "en-US" }) };
            if (secret is not null)
            {
                open.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            }

            using var response = await client.SendAsync(open);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var started = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            slots.Add(new DirectLineSlot((string)started["conversationId"]!, (string)started["token"]!));
        }

        return slots;
    }

    private JsonObject Message(string conversation, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = _connector.ServiceUrl,
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["from"] = new JsonObject { ["id"] = "after-fuzz-user" },
        ["recipient"] = new JsonObject { ["id"] = "careerbot" },
        ["locale"] = "en-US",
        ["text"] = text,
    };
}
