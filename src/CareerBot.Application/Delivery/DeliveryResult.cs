namespace CareerBot.Application.Delivery;

/// <summary>One outgoing message as the channel's sender hands it over: how to try it, how to take a copy back, what to keep.</summary>
/// <param name="Channel">The sender that can deliver it again from the outbox (e.g. <c>botframework</c>).</param>
/// <param name="AttemptAsync">One try; the token is cancelled when the attempt runs past <see cref="DeliveryOptions.AttemptHardTimeout"/>.</param>
/// <param name="RetractAsync">Deletes a delivered copy by its id (a retry that raced a late success); null when the channel cannot.</param>
/// <param name="Payload">The request as JSON, for the outbox.</param>
public sealed record OutgoingCall(
    string Channel,
    Func<CancellationToken, Task<AttemptOutcome>> AttemptAsync,
    Func<string, CancellationToken, Task>? RetractAsync,
    Func<string> Payload);

/// <summary>How a message ended up: delivered (with the channel's id for it), or kept in the outbox.</summary>
public abstract record DeliveryResult(int Attempts)
{
    public sealed record Delivered(string? MessageId, int Attempts) : DeliveryResult(Attempts);

    public sealed record Kept(string OutboxKey, string Reason, int Attempts) : DeliveryResult(Attempts);
}

/// <summary>What the sender reports (telemetry): never a message's text, only channels and reasons.</summary>
public interface IDeliveryReports
{
    void Retrying(string channel, string reason);

    /// <summary>A message was kept in the outbox under <paramref name="outboxKey"/> after <paramref name="reason"/> (a status or failure kind, never content).</summary>
    void Kept(string channel, string outboxKey, string reason, bool transient, int dropped);

    void LateDelivered(string channel);

    void Retracted(string channel, bool succeeded);

}
