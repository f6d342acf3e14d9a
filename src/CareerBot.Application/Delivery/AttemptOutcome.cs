namespace CareerBot.Application.Delivery;

/// <summary>What one outgoing call came to, as the channel's client reports it.</summary>
public abstract record AttemptOutcome
{
    private AttemptOutcome()
    {
    }

    /// <summary>The channel took the message; <paramref name="MessageId"/> is its id there, when it gave one.</summary>
    public sealed record Delivered(string? MessageId) : AttemptOutcome;

    /// <summary>
    /// A failure worth trying again (throttled, a gateway's error, a timeout, a dropped connection); the channel may say
    /// how long to wait (<c>Retry-After</c>).
    /// </summary>
    public sealed record Transient(string Reason, TimeSpan? RetryAfter = null) : AttemptOutcome;

    /// <summary>A failure that trying again will not mend (the conversation is gone, the bot was removed, a bad request).</summary>
    public sealed record Refused(string Reason) : AttemptOutcome;
}
