using System.Collections.Concurrent;
using CareerBot.Application.Delivery;

namespace CareerBot.Testing;

/// <summary>What the sender reported, in order, as short lines a test can assert on (e.g. <c>kept botframework transient</c>).</summary>
public sealed class RecordedDeliveryReports : IDeliveryReports
{
    private readonly ConcurrentQueue<string> _reports = new();

    public IReadOnlyList<string> Reports => [.. _reports];

    public void Retrying(string channel, string reason) => _reports.Enqueue($"retrying {channel} {reason}");

    public void Kept(string channel, string outboxKey, string reason, bool transient, int dropped) => _reports.Enqueue($"kept {channel} {(transient ? "transient" : "refused")} dropped={dropped}");

    public void LateDelivered(string channel) => _reports.Enqueue($"late {channel}");

    public void Retracted(string channel, bool succeeded) => _reports.Enqueue($"retracted {channel} {succeeded}");
}
