using System.Collections.Concurrent;
using System.Globalization;

// A Bot Framework connector stand-in for the load bench, on 127.0.0.1 only. It answers what a bot calls during a
// turn (reply to an activity, send to a conversation, get a member) and counts the replies per incoming activity, so
// the bench can say how many turns got exactly the replies they should have.
//
// The bench's Lua scripts give every activity an id of the form "e<expected>-<unique>", where <expected> is how many
// replies that turn must produce; the bot echoes that id back as the replyToId in the reply URL.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var stats = new ReplyStats();

app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, string replyToId) =>
{
    var n = stats.Reply(conversationId, replyToId);
    return Results.Text("{\"id\":\"r" + n.ToString(CultureInfo.InvariantCulture) + "\"}", "application/json");
});
app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId) =>
{
    var n = stats.Reply(conversationId, null);
    return Results.Text("{\"id\":\"r" + n.ToString(CultureInfo.InvariantCulture) + "\"}", "application/json");
});
app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
    Results.Json(new Member(memberId, "Bench User", "bench-aad-" + memberId)));
app.MapGet("/_stats", () => Results.Json(stats.Snapshot()));
app.MapPost("/_reset", () =>
{
    stats.Reset();
    return Results.Ok();
});
app.MapGet("/_health", () => Results.Ok());

await app.RunAsync().ConfigureAwait(false);

internal sealed record Member(string Id, string Name, string AadObjectId);

internal sealed record Snapshot(long Replies, long Turns, long Full, long Short, long Over, long Unthreaded, long Unlabelled, long Conversations);

internal sealed class ReplyStats
{
    private ConcurrentDictionary<string, int> _perTurn = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, byte> _conversations = new(StringComparer.Ordinal);
    private long _replies;
    private long _unthreaded;

    public long Reply(string conversationId, string? replyToId)
    {
        _conversations.TryAdd(conversationId, 0);
        if (replyToId is null)
        {
            Interlocked.Increment(ref _unthreaded);
        }
        else
        {
            _perTurn.AddOrUpdate(replyToId, 1, static (_, count) => count + 1);
        }

        return Interlocked.Increment(ref _replies);
    }

    public void Reset()
    {
        _perTurn = new(StringComparer.Ordinal);
        _conversations = new(StringComparer.Ordinal);
        Interlocked.Exchange(ref _replies, 0);
        Interlocked.Exchange(ref _unthreaded, 0);
    }

    public Snapshot Snapshot()
    {
        long full = 0, shortOf = 0, over = 0, unlabelled = 0;
        foreach (var (id, count) in _perTurn)
        {
            var expected = ExpectedReplies(id);
            if (expected is null)
            {
                unlabelled++;
            }
            else if (count == expected)
            {
                full++;
            }
            else if (count < expected)
            {
                shortOf++;
            }
            else
            {
                over++;
            }
        }

        return new Snapshot(Interlocked.Read(ref _replies), _perTurn.Count, full, shortOf, over, Interlocked.Read(ref _unthreaded), unlabelled, _conversations.Count);
    }

    /// <summary>"e2-…" → 2; null for an id the bench did not label.</summary>
    private static int? ExpectedReplies(string activityId)
    {
        var dash = activityId.IndexOf('-', StringComparison.Ordinal);
        return activityId.Length > 1 && activityId[0] == 'e' && dash > 1
            && int.TryParse(activityId.AsSpan(1, dash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
    }
}
