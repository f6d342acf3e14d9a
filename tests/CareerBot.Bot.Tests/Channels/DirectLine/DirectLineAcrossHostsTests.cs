using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CareerBot.Application.Documents;
using CareerBot.Bot.Channels.DirectLine;
using CareerBot.Bot.Tests.Support;
using CareerBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Web Chat's conversation lives in the state store, not in a bot process: it carries on on another instance on the
/// same database, and after a restart, with the same token. Runs against each SQL provider (the classes below).
/// </summary>
public abstract class DirectLineAcrossHostsTests(ITestStateDatabase database) : StateDatabaseTest(database)
{
    private readonly ManualClock _clock = new();

    [StorageFact]
    public async Task A_conversation_started_on_one_host_continues_on_another()
    {
        await using var first = Host();
        await using var second = Host();
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        // Both hosts mint their first tokens at once: they agree on one signing key in the store.
        var chats = await Task.WhenAll(WebChatClient.StartAsync(a), WebChatClient.StartAsync(b));
        var chat = chats[0];
        Assert.Single(await chats[1].On(a).PollAsync());

        Assert.Single(await chat.PollAsync());
        await chat.SayAsync("start");

        chat.On(b);
        var answered = await chat.PollAsync();
        Assert.Equal("start", (string?)answered[0]["text"]);
        Assert.Contains(answered, activity => Shows(activity, "1/8"));

        await chat.SayAsync("Lead a product team within three years");
        chat.On(a);
        Assert.Contains(await chat.PollAsync(), activity => Shows(activity, "2/8"));
    }

    [StorageFact]
    public async Task A_restart_keeps_the_conversation_its_token_and_its_activities()
    {
        WebChatClient chat;
        await using (var before = Host())
        {
            using var client = before.CreateClient();
            chat = await WebChatClient.StartAsync(client);
            await chat.SayAsync("start");
            await chat.PollAsync();
        }

        // A new process on the same database: nothing survives but the database.
        Database.Restart();
        await using var after = Host();
        using var restarted = after.CreateClient();
        chat.On(restarted);

        var (kept, watermark) = await chat.KeptAsync();
        Assert.Equal(chat.Seen.Select(a => (string?)a["id"]), kept.Select(a => (string?)a["id"]));
        Assert.Equal(chat.Watermark, watermark.ToString(CultureInfo.InvariantCulture));
        Assert.Empty(await chat.PollAsync());

        await chat.SayAsync("Lead a product team within three years");
        Assert.Contains(await chat.PollAsync(), activity => Shows(activity, "2/8"));
        await chat.RefreshAsync();
        Assert.Equal(HttpStatusCode.OK, (await chat.PollWithAsync(chat.Token)).Status);
    }

    [StorageFact]
    public async Task Two_instances_posting_to_one_conversation_at_once_keep_every_activity_in_order()
    {
        await using var first = Host();
        await using var second = Host();
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        var chat = await WebChatClient.StartAsync(a);
        await chat.SayAsync("start");

        var posted = await Task.WhenAll(Enumerable.Range(0, 5).SelectMany(i => new[]
        {
            chat.SayAsync($"answer {i} through the first host", a),
            chat.SayAsync($"answer {i} through the second host", b),
        }));

        var (kept, watermark) = await chat.KeptAsync();
        var ids = kept.Select(activity => (string)activity["id"]!).ToList();
        var sequences = ids.Select(id => long.Parse(id[(id.LastIndexOf('|') + 1)..], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, kept.Count).Select(n => (long)n), sequences);   // none lost, none twice, in order
        Assert.Equal(kept.Count, watermark);
        foreach (var echo in posted)
        {
            var at = ids.IndexOf(echo);
            Assert.True(at >= 0, $"the echo {echo} is kept");
            var replies = kept.Select((activity, index) => (activity, index)).Where(r => (string?)r.activity["replyToId"] == echo).ToList();
            Assert.NotEmpty(replies);
            Assert.All(replies, reply => Assert.True(reply.index > at, "an answer comes after the message it answers"));
        }
    }

    [StorageFact]
    public async Task An_idle_conversation_is_deleted_from_the_store_with_its_activities_and_its_token_ends()
    {
        // Tokens outlive the idle timeout here, so what refuses the token is the conversation's end, not its expiry.
        await using var host = Host(new Dictionary<string, string?> { ["DirectLine:TokenLifetime"] = "02:00:00" });
        using var client = host.CreateClient();
        var chat = await WebChatClient.StartAsync(client);
        await chat.SayAsync("start");

        _clock.Advance(TimeSpan.FromMinutes(61));
        var conversations = host.Services.GetRequiredService<DirectLineConversations>();
        var removed = 0;
        for (var shard = 0; shard < DirectLineConversations.ShardCount; shard++)
        {
            removed += (await conversations.SweepAsync(shard, default)).Removed;
        }

        Assert.Equal(1, removed);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        Assert.Empty(await store.KeysAsync("directline/conversation/", string.Empty, default));
        Assert.Empty(await store.KeysAsync("directline/activities/", string.Empty, default));
        var (status, reason) = await chat.PollWithAsync(chat.Token);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("ended", reason, StringComparison.Ordinal);
    }

    /// <summary>A host on this test's database, in Development, on the test's clock.</summary>
    private BotHost Host(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        (settings["Storage:Provider"], settings["Storage:ConnectionString"]) = Database switch
        {
            TempDatabase sqlite => ("sqlite", sqlite.ConnectionString),
            PostgresTestDatabase postgres => ("postgres", postgres.ConnectionString),
            _ => throw new InvalidOperationException("A host needs a database it can open by connection string."),
        };
        return new(settings, services: services => services.AddSingleton<TimeProvider>(_clock));
    }

    /// <summary>Whether the activity shows <paramref name="text"/> (in its text or a card).</summary>
    private static bool Shows(JsonObject activity, string text) => activity.ToJsonString().Contains(text, StringComparison.Ordinal);
}

public sealed class SqliteDirectLineAcrossHostsTests() : DirectLineAcrossHostsTests(new TempDatabase());

[Collection(PostgresTests.Name)]
[RequiresPostgres]
public sealed class PostgresDirectLineAcrossHostsTests(PostgresCluster cluster) : DirectLineAcrossHostsTests(new PostgresTestDatabase(cluster));
