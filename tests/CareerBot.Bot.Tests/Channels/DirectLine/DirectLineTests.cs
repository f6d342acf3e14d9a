using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CareerBot.Application.Documents;
using CareerBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerBot.Bot.Tests.Channels.DirectLine;

/// <summary>The Direct Line 3.0 subset Web Chat uses, over HTTP against the real host, as Web Chat would call it.</summary>
public sealed class DirectLineTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ITestOutputHelper _output = output;
    private readonly ManualClock _clock = new();
    private BotHost _host = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _host = Host();
        _client = _host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    /// <summary>A host; outside Development an open one (no app id), explicitly, since these tests are about Direct Line.</summary>
    private BotHost Host(IDictionary<string, string?>? settings = null, string? environment = null) =>
        new(
            environment is null or "Development" ? settings : new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Bot:AllowAnonymous"] = "true" },
            environment,
            services => services.AddSingleton<TimeProvider>(_clock));

    [Fact]
    public async Task Starting_a_conversation_is_a_201_with_a_token_and_the_welcome_waiting()
    {
        var response = await _client.PostAsync("/v3/directline/conversations", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await JsonAsync(response);
        Assert.False(string.IsNullOrEmpty((string?)started["conversationId"]));
        Assert.True(((string?)started["token"])?.Length >= 40, "the token should be long and random");
        Assert.Equal(3600, (int?)started["expires_in"]);

        var set = await GetActivitiesAsync((string)started["conversationId"]!, (string)started["token"]!);
        var welcome = Assert.Single(set.Activities);
        Assert.Equal("message", (string?)welcome["type"]);
        Assert.Equal("bot", (string?)welcome["from"]?["role"]);
    }

    [Fact]
    public async Task A_token_from_generate_starts_its_conversation_and_the_welcome_speaks_the_requested_language()
    {
        var generated = await GenerateAsync(new { locale = "zh-CN" });

        using var start = Request(HttpMethod.Post, "/v3/directline/conversations", generated.Token);
        var response = await _client.SendAsync(start);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(generated.ConversationId, (string?)(await JsonAsync(response))["conversationId"]);
        var welcome = Assert.Single((await GetActivitiesAsync(generated.ConversationId, generated.Token)).Activities);
        Assert.Equal("zh-CN", (string?)welcome["locale"]);
    }

    [Fact]
    public async Task Starting_the_same_conversation_again_does_not_greet_twice()
    {
        var generated = await GenerateAsync();
        await StartAsync(generated);

        using var again = Request(HttpMethod.Post, "/v3/directline/conversations", generated.Token);
        var response = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await GetActivitiesAsync(generated.ConversationId, generated.Token)).Activities);
    }

    [Fact]
    public async Task A_posted_message_gets_an_id_is_echoed_first_and_the_bot_answers_after_it()
    {
        var chat = await StartAsync(await GenerateAsync(new { locale = "en-US" }));
        var welcome = await GetActivitiesAsync(chat.ConversationId, chat.Token);

        var id = await PostMessageAsync(chat, "start", clientActivityId: "client-1");

        Assert.StartsWith(chat.ConversationId, id, StringComparison.Ordinal);
        var newer = await GetActivitiesAsync(chat.ConversationId, chat.Token, welcome.Watermark);
        var echo = newer.Activities[0];
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal("user", (string?)echo["from"]?["role"]);
        Assert.Equal("client-1", (string?)echo["channelData"]?["clientActivityID"]);
        Assert.Contains(newer.Activities.Skip(1), a => ((string?)a["text"])?.Contains("What is your career plan?", StringComparison.Ordinal) == true);
        Assert.All(newer.Activities.Skip(1), a => Assert.Equal(id, (string?)a["replyToId"]));
    }

    [Fact]
    public async Task Polling_with_a_watermark_returns_only_newer_activities()
    {
        var chat = await StartAsync(await GenerateAsync());
        var first = await GetActivitiesAsync(chat.ConversationId, chat.Token);
        await PostMessageAsync(chat, "start");

        var second = await GetActivitiesAsync(chat.ConversationId, chat.Token, first.Watermark);
        var third = await GetActivitiesAsync(chat.ConversationId, chat.Token, second.Watermark);

        Assert.NotEmpty(second.Activities);
        Assert.DoesNotContain(second.Activities, a => first.Activities.Any(f => (string?)f["id"] == (string?)a["id"]));
        Assert.Empty(third.Activities);
        Assert.Equal(second.Watermark, third.Watermark);
        Assert.Equal(first.Activities.Count + second.Activities.Count, (await GetActivitiesAsync(chat.ConversationId, chat.Token)).Activities.Count);
    }

    [Fact]
    public async Task Bot_activities_carry_id_timestamp_role_bot_and_the_webchat_channel()
    {
        var chat = await StartAsync(await GenerateAsync());
        await PostMessageAsync(chat, "start");

        var bot = (await GetActivitiesAsync(chat.ConversationId, chat.Token)).Activities.Where(a => (string?)a["from"]?["role"] == "bot").ToList();

        // The welcome card and the answer to "start".
        Assert.Equal(2, bot.Count);
        Assert.All(bot, a =>
        {
            Assert.False(string.IsNullOrEmpty((string?)a["id"]));
            Assert.True(DateTimeOffset.TryParse((string?)a["timestamp"], System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.Equal("webchat", (string?)a["channelId"]);
            Assert.Equal(chat.ConversationId, (string?)a["conversation"]?["id"]);
        });
        Assert.Equal(bot.Count, bot.Select(a => (string?)a["id"]).Distinct().Count());
    }

    [Fact]
    public async Task A_card_submit_reaches_the_bot_as_a_message_with_a_value()
    {
        var chat = await StartAsync(await GenerateAsync(new { locale = "en-US" }));
        await PostMessageAsync(chat, "start");
        var before = await GetActivitiesAsync(chat.ConversationId, chat.Token);

        // What Web Chat posts for an Action.Submit: no text, the inputs and data as value, postBack in channelData.
        var submit = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = chat.UserId },
            ["locale"] = "en-US",
            ["value"] = new JsonObject { ["answerTo"] = "unknown" },
            ["channelData"] = new JsonObject { ["postBack"] = true, ["clientActivityID"] = "tap-1" },
        };
        using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities", chat.Token, submit);
        var response = await _client.SendAsync(post);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await GetActivitiesAsync(chat.ConversationId, chat.Token, before.Watermark);
        Assert.Contains(after.Activities, a => (string?)a["from"]?["role"] == "bot");
    }

    [Fact]
    public async Task The_client_cannot_choose_who_it_is()
    {
        var chat = await StartAsync(await GenerateAsync());

        await PostMessageAsync(chat, "start", fromId: "someone-else");

        var echo = (await GetActivitiesAsync(chat.ConversationId, chat.Token)).Activities.First(a => (string?)a["from"]?["role"] == "user");
        Assert.Equal(chat.UserId, (string?)echo["from"]?["id"]);
    }

    [Fact]
    public async Task A_request_without_a_token_is_401_and_with_an_unknown_token_403()
    {
        var chat = await StartAsync(await GenerateAsync());
        var path = $"/v3/directline/conversations/{chat.ConversationId}/activities";

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync(path)).StatusCode);
        using var wrong = Request(HttpMethod.Get, path, "not-a-token");
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(wrong)).StatusCode);
        using var post = Request(HttpMethod.Post, path, null, Message("hi"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(post)).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_403_and_a_refreshed_one_works()
    {
        var chat = await StartAsync(await GenerateAsync());
        _clock.Advance(TimeSpan.FromMinutes(40));
        using var refresh = Request(HttpMethod.Post, "/v3/directline/tokens/refresh", chat.Token);
        var refreshed = await JsonAsync(await _client.SendAsync(refresh));
        var newToken = (string)refreshed["token"]!;
        Assert.NotEqual(chat.Token, newToken);

        _clock.Advance(TimeSpan.FromMinutes(30));

        using var old = Request(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}/activities", chat.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(old)).StatusCode);
        Assert.Single((await GetActivitiesAsync(chat.ConversationId, newToken)).Activities);
    }

    [Fact]
    public async Task One_conversations_token_cannot_read_or_post_to_another()
    {
        var mine = await StartAsync(await GenerateAsync());
        var theirs = await StartAsync(await GenerateAsync());
        var path = $"/v3/directline/conversations/{theirs.ConversationId}/activities";

        using var read = Request(HttpMethod.Get, path, mine.Token);
        using var write = Request(HttpMethod.Post, path, mine.Token, Message("hi"));

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(read)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(write)).StatusCode);
        Assert.Single((await GetActivitiesAsync(theirs.ConversationId, theirs.Token)).Activities);
    }

    [Fact]
    public async Task Bad_input_is_a_4xx_with_a_reason()
    {
        var chat = await StartAsync(await GenerateAsync());
        var path = $"/v3/directline/conversations/{chat.ConversationId}/activities";

        using var malformed = Request(HttpMethod.Post, path, chat.Token);
        malformed.Content = new StringContent("{\"type\": ", Encoding.UTF8, "application/json");
        using var update = Request(HttpMethod.Post, path, chat.Token, new JsonObject { ["type"] = "conversationUpdate" });
        using var huge = Request(HttpMethod.Post, path, chat.Token, Message(new string('x', 70_000)));
        using var watermark = Request(HttpMethod.Get, path + "?watermark=abc", chat.Token);
        using var locale = Request(HttpMethod.Post, "/v3/directline/tokens/generate", null, new JsonObject { ["locale"] = "<script>" });

        foreach (var (request, status, reason) in new[]
        {
            (malformed, HttpStatusCode.BadRequest, "not a JSON activity"),
            (update, HttpStatusCode.BadRequest, "message, event or typing"),
            (huge, HttpStatusCode.RequestEntityTooLarge, "at most"),
            (watermark, HttpStatusCode.BadRequest, "watermark"),
            (locale, HttpStatusCode.BadRequest, "language tag"),
        })
        {
            var response = await _client.SendAsync(request);
            Assert.Equal(status, response.StatusCode);
            Assert.Contains(reason, (string?)(await JsonAsync(response))["error"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Idle_conversations_are_forgotten_with_their_tokens()
    {
        var chat = await StartAsync(await GenerateAsync());

        _clock.Advance(TimeSpan.FromMinutes(61));

        using var read = Request(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}/activities", chat.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(read)).StatusCode);
    }

    [Fact]
    public async Task Conversations_and_activities_kept_are_capped()
    {
        await using var host = Host(new Dictionary<string, string?>
        {
            ["DirectLine:MaxConversations"] = "2",
            ["DirectLine:MaxActivitiesPerConversation"] = "2",
        });
        using var client = host.CreateClient();
        var chat = await StartAsync(await GenerateAsync(client: client), client);
        await StartAsync(await GenerateAsync(client: client), client);

        var third = await client.PostAsync("/v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);

        await PostMessageAsync(chat, "start", client: client);
        var kept = await GetActivitiesAsync(chat.ConversationId, chat.Token, client: client);
        // The welcome card, "start" and the bot's answer: the oldest goes.
        Assert.Equal(2, kept.Activities.Count);
        Assert.Equal("3", kept.Watermark[^1..]);

        // Once the others go idle, their slots are free again.
        _clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
    }

    [Fact]
    public async Task A_conversation_keeps_at_most_its_bytes_dropping_the_oldest_while_watermarks_keep_counting()
    {
        await using var host = Host(new Dictionary<string, string?> { ["DirectLine:MaxBytesPerConversation"] = "8000" });
        using var client = host.CreateClient();
        var chat = await WebChatClient.StartAsync(client);

        for (var i = 0; i < 8; i++)
        {
            await chat.SayAsync(new string('x', 1500));
            await chat.PollAsync();
        }

        var (kept, watermark) = await chat.KeptAsync();
        var sequences = kept.Select(a => long.Parse(((string)a["id"]!).Split('|')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(sequences[0] > 1, "the oldest activities were dropped");
        Assert.Equal(Enumerable.Range((int)sequences[0], kept.Count).Select(n => (long)n), sequences);   // the newest, none missing
        Assert.Equal(sequences[^1], watermark);
        Assert.Equal(chat.Watermark, watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stored = await host.Services.GetRequiredService<IDocumentStore>().ReadAsync([$"directline/activities/{chat.ConversationId}"], default);
        Assert.InRange(Encoding.UTF8.GetByteCount(Assert.Single(stored.Values).Json), 1, 8000 + 1024);   // the cap, and a little bookkeeping
    }

    [Fact]
    public async Task A_whole_interview_fits_in_one_conversation_with_the_default_caps()
    {
        var chat = await WebChatClient.StartAsync(_client);
        await chat.SayAsync("start");
        for (var i = 0; i < 8; i++)
        {
            await chat.SayAsync("skip");
        }

        var (kept, watermark) = await chat.KeptAsync();
        Assert.Equal(watermark, kept.Count);   // nothing dropped: the welcome is still there
        var stored = await _host.Services.GetRequiredService<IDocumentStore>().ReadAsync([$"directline/activities/{chat.ConversationId}"], default);
        var bytes = Encoding.UTF8.GetByteCount(Assert.Single(stored.Values).Json);
        _output.WriteLine($"A whole interview: {kept.Count} activities, {bytes} bytes stored.");
        Assert.True(bytes < new Bot.Channels.DirectLine.DirectLineOptions().MaxBytesPerConversation / 2, $"{bytes} bytes leave room to spare");
    }

    [Fact]
    public async Task Polling_with_nothing_new_is_one_read_of_the_head_and_no_write()
    {
        var store = new CountingStore(new MemoryDocumentStore());
        await using var host = new BotHost(services: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddSingleton<IDocumentStore>(store);

            // Only the requests' reads are counted: no background sweep.
            services.Remove(services.Single(s => s.ImplementationType == typeof(Bot.Channels.DirectLine.DirectLineSweeper)));
        });
        using var client = host.CreateClient();
        var chat = await WebChatClient.StartAsync(client);
        await chat.PollAsync();

        store.Reset();
        for (var i = 0; i < 10; i++)
        {
            Assert.Empty(await chat.PollAsync());
        }

        Assert.Equal((10, 10, 0), (store.Reads, store.KeysRead, store.Writes));

        // Now and then a poll records that the conversation is in use (so an open tab keeps it): one small write.
        _clock.Advance(TimeSpan.FromMinutes(6));
        store.Reset();
        await chat.PollAsync();
        Assert.Equal((1, 1), (store.Reads, store.Writes));

        // Something new: the head, then the ring.
        await chat.SayAsync("start");
        store.Reset();
        Assert.NotEmpty(await chat.PollAsync());
        Assert.Equal((2, 0), (store.Reads, store.Writes));
    }

    private sealed class CountingStore(IDocumentStore inner) : IDocumentStore
    {
        private int _reads;
        private int _keysRead;
        private int _writes;

        public int Reads => _reads;

        public int KeysRead => _keysRead;

        public int Writes => _writes;

        public void Reset() => (_reads, _keysRead, _writes) = (0, 0, 0);

        public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            Interlocked.Add(ref _keysRead, keys.Count);
            return inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _writes);
            return inner.WriteAsync(writes, cancellationToken);
        }

        public Task<IReadOnlyList<string>> KeysAsync(string prefix, string infix, CancellationToken cancellationToken) =>
            inner.KeysAsync(prefix, infix, cancellationToken);
    }

    [Fact]
    public async Task Beyond_the_total_byte_cap_a_new_conversation_is_429_with_Retry_After_and_a_reason()
    {
        await using var host = Host(new Dictionary<string, string?>
        {
            ["DirectLine:MaxBytesPerConversation"] = "65536",
            ["DirectLine:MaxTotalBytes"] = "131072",
        });
        using var client = host.CreateClient();
        await WebChatClient.StartAsync(client);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await WebChatClient.StartAsync(client);

        var refused = await client.PostAsync("/v3/directline/tokens/generate", null);
        var opened = await client.PostAsync("/v3/directline/conversations", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, opened.StatusCode);
        Assert.Contains("Too many open conversations", (string?)(await JsonAsync(refused))["error"], StringComparison.Ordinal);
        // The first conversation goes idle 50 minutes from now, making room.
        Assert.Equal(TimeSpan.FromMinutes(50), refused.Headers.RetryAfter?.Delta);
        _clock.Advance(TimeSpan.FromMinutes(51));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
    }

    [Fact]
    public async Task A_forged_altered_expired_or_other_conversations_token_is_refused_with_its_reason()
    {
        var mine = await WebChatClient.StartAsync(_client);
        var theirs = await WebChatClient.StartAsync(_client);

        // Their token's signature on a payload naming my conversation.
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            $$"""{"c":"{{mine.ConversationId}}","u":"{{mine.UserId}}","x":{{_clock.Now.AddHours(5).ToUnixTimeSeconds()}}}"""));
        var altered = payload + theirs.Token[theirs.Token.IndexOf('.', StringComparison.Ordinal)..];
        // A token another deployment (another store, so another key) issued.
        await using var elsewhere = Host();
        var foreign = (await WebChatClient.StartAsync(elsewhere.CreateClient())).Token;

        Assert.Equal((HttpStatusCode.Forbidden, "not valid"), Short(await mine.PollWithAsync(altered)));
        Assert.Equal((HttpStatusCode.Forbidden, "not valid"), Short(await mine.PollWithAsync(foreign)));
        foreach (var malformed in new[] { "not-a-token", ".", "a.b", "a..b", "a.b.c", "ä.ö", "!!!.@@@", new string('a', 5000) + "." + new string('b', 5000) })
        {
            Assert.Equal((HttpStatusCode.Forbidden, "not valid"), Short(await mine.PollWithAsync(malformed)));
        }

        Assert.Equal((HttpStatusCode.Forbidden, "another conversation"), Short(await mine.PollWithAsync(theirs.Token)));
        Assert.Equal((HttpStatusCode.Unauthorized, "Bearer"), Short(await mine.PollWithAsync(null)));
        _clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal((HttpStatusCode.Forbidden, "expired"), Short(await mine.PollWithAsync(mine.Token)));

        static (HttpStatusCode, string) Short((HttpStatusCode Status, string? Reason) refusal)
        {
            var reasons = new[] { "not valid", "another conversation", "expired", "Bearer" };
            return (refusal.Status, reasons.FirstOrDefault(r => refusal.Reason?.Contains(r, StringComparison.Ordinal) == true) ?? refusal.Reason ?? string.Empty);
        }
    }

    [Fact]
    public async Task A_configured_signing_key_signs_the_tokens_and_a_short_one_refuses_to_start()
    {
        await using var keyed = Host(new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = new string('k', 40) });
        var chat = await WebChatClient.StartAsync(keyed.CreateClient());
        Assert.Single(await chat.PollAsync());
        Assert.Empty(await keyed.Services.GetRequiredService<IDocumentStore>().KeysAsync("directline/token-key", string.Empty, default));

        await using var weak = Host(new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = "short" });
        var error = Assert.ThrowsAny<Exception>(() => weak.CreateClient());
        Assert.Contains("at least 32 characters", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_without_a_secret_the_browser_channel_is_off()
    {
        await using var production = Host(environment: "Production");
        using var client = production.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/v3/directline/conversations", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public void In_production_enabling_it_without_a_secret_refuses_to_start()
    {
        using var production = Host(new Dictionary<string, string?> { ["DirectLine:Enabled"] = "true" }, "Production");

        var error = Assert.Throws<InvalidOperationException>(() => production.CreateClient());
        Assert.Contains("DirectLine:Secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_secret_minting_and_opening_need_it()
    {
        const string Secret = "a-long-test-secret-0123456789";
        await using var secured = Host(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret }, "Production");
        using var client = secured.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/v3/directline/conversations", null)).StatusCode);
        using var wrong = Request(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(wrong)).StatusCode);

        using var mint = Request(HttpMethod.Post, "/v3/directline/tokens/generate", Secret, new JsonObject { ["user"] = new JsonObject { ["id"] = "dl_pat" } });
        var minted = await JsonAsync(await client.SendAsync(mint));
        Assert.Equal("dl_pat", (string?)minted["userId"]);
        using var start = Request(HttpMethod.Post, "/v3/directline/conversations", (string)minted["token"]!);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(start)).StatusCode);
        using var open = Request(HttpMethod.Post, "/v3/directline/conversations", Secret);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(open)).StatusCode);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("\"dl_pat\"")]
    [InlineData("[1, 2]")]
    public async Task With_a_secret_a_user_that_is_not_an_object_is_ignored_not_a_500(string user)
    {
        const string Secret = "a-long-test-secret-0123456789";
        await using var secured = Host(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret }, "Production");
        using var client = secured.CreateClient();
        using var open = Request(HttpMethod.Post, "/v3/directline/conversations", Secret, JsonNode.Parse($$"""{"user": {{user}}, "locale": null}""")!.AsObject());

        var response = await client.SendAsync(open);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("dl_", (string?)(await JsonAsync(response))["userId"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_secret_a_page_cannot_choose_its_user_id()
    {
        var generated = await GenerateAsync(new { user = new { id = "dl_someone" } });

        Assert.NotEqual("dl_someone", generated.UserId);
        Assert.StartsWith("dl_", generated.UserId, StringComparison.Ordinal);
    }

    private sealed record Chat(string ConversationId, string Token, string UserId);

    private sealed record ActivitySet(IReadOnlyList<JsonObject> Activities, string Watermark);

    private async Task<Chat> GenerateAsync(object? body = null, HttpClient? client = null)
    {
        var response = await (client ?? _client).PostAsJsonAsync("/v3/directline/tokens/generate", body ?? new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        return new Chat((string)json["conversationId"]!, (string)json["token"]!, (string)json["userId"]!);
    }

    private async Task<Chat> StartAsync(Chat chat, HttpClient? client = null)
    {
        using var start = Request(HttpMethod.Post, "/v3/directline/conversations", chat.Token);
        Assert.Equal(HttpStatusCode.Created, (await (client ?? _client).SendAsync(start)).StatusCode);
        return chat;
    }

    private async Task<string> PostMessageAsync(Chat chat, string text, string? clientActivityId = null, string fromId = "r_webchat", HttpClient? client = null)
    {
        var activity = Message(text, fromId);
        activity["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") };
        using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities", chat.Token, activity);
        var response = await (client ?? _client).SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await JsonAsync(response))["id"]!;
    }

    private async Task<ActivitySet> GetActivitiesAsync(string conversationId, string token, string? watermark = null, HttpClient? client = null)
    {
        var query = watermark is null ? string.Empty : "?watermark=" + watermark;
        using var get = Request(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities{query}", token);
        var response = await (client ?? _client).SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        return new ActivitySet([.. json["activities"]!.AsArray().Select(a => a!.AsObject())], (string)json["watermark"]!);
    }

    private static JsonObject Message(string text, string fromId = "r_webchat") => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["locale"] = "en-US",
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Pat" },
    };

    private static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, JsonObject? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
