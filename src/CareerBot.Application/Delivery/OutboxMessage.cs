namespace CareerBot.Application.Delivery;

/// <summary>
/// A message the channel did not take, kept so it is not lost: the channel's own request (<see cref="Payload"/>, opaque
/// here), why it was kept, and when. It holds what the bot said to a person, so it lives in the state store with their
/// other documents and never in logs.
/// </summary>
public sealed class OutboxMessage
{
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    /// <summary>Which sender can deliver it again (e.g. <c>botframework</c>).</summary>
    public string Channel { get; set; } = string.Empty;

    /// <summary>The channel's request as JSON: enough for that channel's sender to try again.</summary>
    public string Payload { get; set; } = string.Empty;

    /// <summary>The last failure, in the sender's words (a status code and a reason phrase; never the message).</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>Whether a later try may succeed (throttling, timeouts) or not (the conversation is gone).</summary>
    public bool Transient { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset KeptAt { get; set; }
}
