using System.Threading.RateLimiting;

namespace CareerBot.Application.Turns;

/// <summary>
/// How many turns one person and one conversation may have, as token buckets: a burst (a whole interview answered by
/// tapping, ten turns in a few seconds, fits) refilled at a steady rate. Past it, turns are refused before they wait
/// for the conversation or touch storage, so one user's flood costs others nothing but the refusal.
/// </summary>
public sealed class TurnRateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Turns one person may take at once (every conversation of theirs counts).</summary>
    public int PersonBurst { get; set; } = 20;

    /// <summary>Turns per second a person's bucket refills with.</summary>
    public int PersonTurnsPerSecond { get; set; } = 1;

    /// <summary>Turns one conversation may take at once (a group chat: everyone in it counts).</summary>
    public int ConversationBurst { get; set; } = 30;

    /// <summary>Turns per second a conversation's bucket refills with.</summary>
    public int ConversationTurnsPerSecond { get; set; } = 2;

    /// <summary>A refused person is told so at most once per this interval; the rest of a flood is refused silently.</summary>
    public TimeSpan NoticeInterval { get; set; } = TimeSpan.FromSeconds(30);

    public void Validate()
    {
        if (PersonBurst < 1 || PersonTurnsPerSecond < 1 || ConversationBurst < 1 || ConversationTurnsPerSecond < 1 || NoticeInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("RateLimits settings must be positive.");
        }
    }
}

/// <summary>
/// The buckets of <see cref="TurnRateLimitOptions"/>, per process. Idle buckets are dropped by the limiter (memory stays
/// bounded by who is active). With several instances each counts its own share: a person's effective limit is the
/// per-instance limit times the instances their requests reach, which still bounds a flood.
/// </summary>
public sealed class TurnRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _people;
    private readonly PartitionedRateLimiter<string> _conversations;
    private readonly PartitionedRateLimiter<string> _notices;

    public TurnRateLimits(TurnRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _people = Buckets(options.PersonBurst, options.PersonTurnsPerSecond, TimeSpan.FromSeconds(1));
        _conversations = Buckets(options.ConversationBurst, options.ConversationTurnsPerSecond, TimeSpan.FromSeconds(1));
        _notices = Buckets(1, 1, options.NoticeInterval);
    }

    /// <summary>What a turn may do: run, or be refused (and whether the person should be told this time).</summary>
    public enum Decision
    {
        Run,
        RefuseAndTell,
        RefuseSilently,
    }

    public Decision Admit(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var person = turn.Person.DocumentKey;
        using var personLease = _people.AttemptAcquire(person);
        if (personLease.IsAcquired)
        {
            using var conversationLease = _conversations.AttemptAcquire(turn.Conversation.DocumentKey);
            if (conversationLease.IsAcquired)
            {
                return Decision.Run;
            }
        }

        using var notice = _notices.AttemptAcquire(person);
        return notice.IsAcquired ? Decision.RefuseAndTell : Decision.RefuseSilently;
    }

    public void Dispose()
    {
        _people.Dispose();
        _conversations.Dispose();
        _notices.Dispose();
    }

    private static PartitionedRateLimiter<string> Buckets(int burst, int perPeriod, TimeSpan period) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = false,   // the partitioned limiter's heartbeat refills (and drops idle buckets): no timer per bucket
        }));
}
