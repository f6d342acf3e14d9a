using Newtonsoft.Json.Linq;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation: the activities a client polls (user echoes and bot replies, in order) and the one
/// user it belongs to. Activities are numbered by a running sequence that is the watermark; only the newest
/// <c>capacity</c> are kept, so a conversation cannot grow without bound.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly Queue<(long Sequence, JObject Activity)> _activities = new();
    private readonly int _capacity;
    private long _lastSequence;

    public DirectLineConversation(string id, string userId, string? locale, int capacity, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        Locale = locale;
        _capacity = capacity;
        LastTouched = now;
    }

    public string Id { get; }

    /// <summary>The user bound to the conversation: every activity posted with its token is from this user.</summary>
    public string UserId { get; }

    /// <summary>The language the client asked for when the conversation was minted (the welcome is in it).</summary>
    public string? Locale { get; }

    /// <summary>Set once, by whoever opens the conversation first: that request sends the conversationUpdate.</summary>
    public bool Started { get; private set; }

    public DateTimeOffset LastTouched { get; private set; }

    public bool TryMarkStarted()
    {
        lock (_gate)
        {
            if (Started)
            {
                return false;
            }

            Started = true;
            return true;
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            LastTouched = now;
        }
    }

    /// <summary>Appends an activity, giving it the next id (<c>{conversation}|{sequence}</c>, as Azure's are).</summary>
    public string Append(JObject activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_gate)
        {
            var sequence = ++_lastSequence;
            var id = $"{Id}|{sequence:D7}";
            activity["id"] = id;
            _activities.Enqueue((sequence, activity));
            while (_activities.Count > _capacity)
            {
                _activities.Dequeue();
            }

            LastTouched = now;
            return id;
        }
    }

    /// <summary>Activities after <paramref name="watermark"/> (all kept ones when null) and the new watermark.</summary>
    public (IReadOnlyList<JObject> Activities, long Watermark) After(long? watermark)
    {
        lock (_gate)
        {
            var newer = _activities.Where(a => watermark is null || a.Sequence > watermark).Select(a => a.Activity).ToList();
            return (newer, _lastSequence);
        }
    }
}
