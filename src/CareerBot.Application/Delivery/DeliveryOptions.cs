namespace CareerBot.Application.Delivery;

/// <summary>
/// <c>Delivery:*</c> settings: how hard the one sender tries before a message goes to the outbox. The defaults follow
/// Teams' guidance (retry 429, 412, 502, 504 with exponential backoff and jitter, honour Retry-After) within what a
/// turn can afford: a channel waits about 15 s for the bot to answer its request.
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>How long one attempt is waited for before the next starts; the slow one is not abandoned (see <see cref="OutgoingDelivery"/>).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most an attempt may take at all; after this it is cancelled and counts as failed.</summary>
    public TimeSpan AttemptHardTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts while the turn waits; after them the message is kept in the outbox.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The longest the sender waits in a turn, pauses included, before it keeps the message in the outbox.</summary>
    public TimeSpan InlineBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first pause between attempts; each later one doubles, with random jitter.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest pause the sender takes, even when the channel asks for a longer Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Messages kept in the outbox; past this the oldest are reported and dropped (memory and storage stay bounded).</summary>
    public int MaxOutboxMessages { get; set; } = 10_000;

    public void Validate()
    {
        if (AttemptTimeout <= TimeSpan.Zero || AttemptHardTimeout < AttemptTimeout || MaxAttempts < 1 || InlineBudget <= TimeSpan.Zero
            || FirstRetryDelay < TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay || MaxOutboxMessages < 1)
        {
            throw new InvalidOperationException(
                "Delivery settings must be positive, with AttemptHardTimeout ≥ AttemptTimeout and MaxRetryDelay ≥ FirstRetryDelay.");
        }
    }
}
