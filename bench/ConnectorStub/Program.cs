using System.Collections.Concurrent;
using System.Globalization;

// A Bot Framework connector stand-in for the load bench, on 127.0.0.1 only. It answers what a bot calls during a
// turn (reply to an activity, send to a conversation, get a member) and counts the replies per incoming activity, so
// the bench can say how many turns got exactly the replies they should have.
//
// The bench's Lua scripts give every activity an id "e<expected>-<tag>-t<thread>-<n>": <expected> is how many replies
// the turn must produce, <tag> names the wrk run, <n> numbers the thread's requests from 0. The bot echoes that id as
// the replyToId in the reply URL.
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

// GET /_stats                                  every labelled turn since the last reset
// GET /_stats?tag=m1careerbot&issued=49,41&tail=8
//     only the turns of that wrk run: for thread t, requests 0 … issued[t]−tail−1 form the window, whose every turn
//     must have got exactly its replies (a turn with no reply at all counts as missing); the last `tail` requests of
//     each thread are the ones wrk may have cut off when it stopped, reported apart.
app.MapGet("/_stats", (string? tag, string? issued, int? tail) => Results.Json(stats.Snapshot(tag, ParseCounts(issued), tail ?? 0)));
app.MapPost("/_reset", () =>
{
    stats.Reset();
    return Results.Ok();
});
app.MapGet("/_health", () => Results.Ok());

await app.RunAsync().ConfigureAwait(false);

static long[] ParseCounts(string? csv) =>
    string.IsNullOrEmpty(csv) ? [] : [.. csv.Split(',').Select(s => long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture))];

internal sealed record Member(string Id, string Name, string AadObjectId);

internal sealed record Snapshot(
    long Replies, long Turns, long Full, long Short, long Over, long Missing, long Window, long TailTurns, long TailFull,
    long Unthreaded, long Unlabelled, long Conversations, IReadOnlyList<string> Mismatched);

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

    public Snapshot Snapshot(string? tag, long[] issued, int tail)
    {
        long turns = 0, full = 0, shortOf = 0, over = 0, unlabelled = 0, seenInWindow = 0, tailTurns = 0, tailFull = 0;
        var mismatched = new List<string>();
        foreach (var (id, count) in _perTurn)
        {
            if (!TurnId.TryParse(id, out var turn))
            {
                unlabelled++;
                continue;
            }

            if (tag is not null && turn.Tag != tag)
            {
                continue;
            }

            turns++;
            if (tag is not null && issued.Length > 0 && (turn.Thread >= issued.Length || turn.N >= issued[turn.Thread] - tail))
            {
                tailTurns++;
                tailFull += count == turn.Expected ? 1 : 0;
                continue;
            }

            seenInWindow++;
            if (count == turn.Expected)
            {
                full++;
                continue;
            }

            if (count < turn.Expected)
            {
                shortOf++;
            }
            else
            {
                over++;
            }

            if (mismatched.Count < 20)
            {
                mismatched.Add(id + " got " + count.ToString(CultureInfo.InvariantCulture));
            }
        }

        var window = issued.Length == 0 ? seenInWindow : issued.Sum(n => Math.Max(0, n - tail));
        return new Snapshot(
            Interlocked.Read(ref _replies), turns, full, shortOf, over, Math.Max(0, window - seenInWindow), window, tailTurns, tailFull,
            Interlocked.Read(ref _unthreaded), unlabelled, _conversations.Count, mismatched);
    }
}

/// <summary>"e2-m1careerbot-t1-38" → expected 2, tag m1careerbot, thread 1, request 38.</summary>
internal readonly record struct TurnId(int Expected, string Tag, int Thread, long N)
{
    public static bool TryParse(string id, out TurnId turn)
    {
        turn = default;
        var parts = id.Split('-');
        if (parts.Length != 4 || parts[0].Length < 2 || parts[0][0] != 'e' || parts[2].Length < 2 || parts[2][0] != 't')
        {
            return false;
        }

        if (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var expected)
            || !int.TryParse(parts[2].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var thread)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        turn = new TurnId(expected, parts[1], thread, n);
        return true;
    }
}
