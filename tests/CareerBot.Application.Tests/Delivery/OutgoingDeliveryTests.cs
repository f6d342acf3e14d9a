using System.Collections.Concurrent;
using CareerBot.Application.Delivery;
using CareerBot.Application.Documents;
using CareerBot.Testing;

namespace CareerBot.Application.Tests.Delivery;

/// <summary>
/// The one sender, against a channel scripted attempt by attempt: what a retry can mend is retried, what cannot is kept
/// in the outbox, and however a retry races a slow success the user ends up with one copy.
/// </summary>
public class OutgoingDeliveryTests
{
    private readonly MemoryDocumentStore _store = new();
    private readonly RecordedDeliveryReports _reports = new();
    private readonly DeliveryOptions _options = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(5),
        AttemptHardTimeout = TimeSpan.FromSeconds(10),
        MaxAttempts = 4,
        InlineBudget = TimeSpan.FromSeconds(10),
        FirstRetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(40),
        MaxOutboxMessages = 100,
    };

    private OutgoingDelivery Sender() => new(_options, Outbox(), TimeProvider.System, _reports);

    private Outbox Outbox() => new(_store, TimeProvider.System, _options);

    [Fact]
    public async Task A_throttled_send_waits_as_long_as_the_channel_asks_then_gets_through()
    {
        var channel = new ScriptedChannel(
            _ => Task.FromResult<AttemptOutcome>(new AttemptOutcome.Transient("429 TooManyRequests", TimeSpan.FromMilliseconds(300))),
            _ => Task.FromResult<AttemptOutcome>(new AttemptOutcome.Delivered("m1")));
        var started = TimeProvider.System.GetTimestamp();

        var result = await Sender().DeliverAsync(channel.Call(), CancellationToken.None);

        Assert.Equal(new DeliveryResult.Delivered("m1", 2), result);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(300), "The retry came before Retry-After.");
        Assert.Equal(["retrying botframework 429 TooManyRequests"], _reports.Reports);
    }

    [Theory]
    [InlineData("412 PreconditionFailed")]
    [InlineData("502 BadGateway")]
    [InlineData("504 GatewayTimeout")]
    [InlineData("connection failed: ConnectionError")]
    public async Task A_passing_failure_is_retried_with_backoff(string reason)
    {
        var channel = new ScriptedChannel(
            _ => Task.FromResult<AttemptOutcome>(new AttemptOutcome.Transient(reason)),
            _ => Task.FromResult<AttemptOutcome>(new AttemptOutcome.Transient(reason)),
            _ => Task.FromResult<AttemptOutcome>(new AttemptOutcome.Delivered("m1")));

        var result = await Sender().DeliverAsync(channel.Call(), CancellationToken.None);

        Assert.Equal(new DeliveryResult.Delivered("m1", 3), result);
        Assert.Empty(await Outbox().KeysAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_send_is_not_retried_and_is_kept_in_the_outbox_with_what_it_would_send()
    {
        var channel = new ScriptedChannel(_ => Task.FromResult<AttemptOutcome>(new AttemptOutcome.Refused("403 Forbidden")));

        var result = await Sender().DeliverAsync(channel.Call("""{"text":"hello"}"""), CancellationToken.None);

        var kept = Assert.IsType<DeliveryResult.Kept>(result);
        Assert.Equal(1, channel.Attempts);
        var message = await Outbox().ReadAsync(kept.OutboxKey, CancellationToken.None);
        Assert.NotNull(message);
        Assert.Equal(("botframework", """{"text":"hello"}""", "403 Forbidden", false, 1), (message.Channel, message.Payload, message.Reason, message.Transient, message.Attempts));
        Assert.Equal(["kept botframework refused dropped=0"], _reports.Reports);
    }

    [Fact]
    public async Task A_channel_that_stays_down_gets_the_configured_attempts_and_the_message_is_kept()
    {
        var channel = new ScriptedChannel(_ => Task.FromResult<AttemptOutcome>(new AttemptOutcome.Transient("503 ServiceUnavailable")));

        var result = await Sender().DeliverAsync(channel.Call(), CancellationToken.None);

        Assert.IsType<DeliveryResult.Kept>(result);
        Assert.Equal(_options.MaxAttempts, channel.Attempts);
        Assert.Single(await Outbox().KeysAsync(CancellationToken.None));
        Assert.Equal("kept botframework transient dropped=0", _reports.Reports[^1]);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_budget_keeps_the_message_at_once_instead_of_holding_the_turn()
    {
        var channel = new ScriptedChannel(_ => Task.FromResult<AttemptOutcome>(new AttemptOutcome.Transient("429 TooManyRequests", TimeSpan.FromMinutes(5))));
        var started = TimeProvider.System.GetTimestamp();

        var result = await Sender().DeliverAsync(channel.Call(), CancellationToken.None);

        Assert.IsType<DeliveryResult.Kept>(result);
        Assert.Equal(1, channel.Attempts);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task When_a_retry_races_a_slow_success_the_later_copy_is_retracted_and_the_user_sees_one()
    {
        _options.AttemptTimeout = TimeSpan.FromMilliseconds(50);
        var slow = new TaskCompletionSource<AttemptOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var channel = new ScriptedChannel(
            _ => slow.Task,
            _ =>
            {
                secondDone.TrySetResult();
                return Task.FromResult<AttemptOutcome>(new AttemptOutcome.Delivered("m2"));
            });

        var result = await Sender().DeliverAsync(channel.Call(), CancellationToken.None);
        await secondDone.Task;
        slow.SetResult(new AttemptOutcome.Delivered("m1"));
        await channel.Retracted.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new DeliveryResult.Delivered("m2", 2), result);
        Assert.Equal(["m1"], channel.RetractedIds);
        Assert.StartsWith("retrying botframework no answer within", _reports.Reports[0], StringComparison.Ordinal);
        Assert.Equal("retracted botframework True", _reports.Reports[^1]);
    }

    [Fact]
    public async Task A_slow_success_after_the_message_was_kept_takes_it_out_of_the_outbox()
    {
        _options.AttemptTimeout = TimeSpan.FromMilliseconds(50);
        _options.MaxAttempts = 2;
        var slow = new TaskCompletionSource<AttemptOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var channel = new ScriptedChannel(
            _ => slow.Task,
            _ => Task.FromResult<AttemptOutcome>(new AttemptOutcome.Transient("502 BadGateway")));

        var result = await Sender().DeliverAsync(channel.Call(), CancellationToken.None);
        Assert.IsType<DeliveryResult.Kept>(result);
        Assert.Single(await Outbox().KeysAsync(CancellationToken.None));

        slow.SetResult(new AttemptOutcome.Delivered("m1"));
        await WaitUntilAsync(async () => (await Outbox().KeysAsync(CancellationToken.None)).Count == 0);

        Assert.Empty(channel.RetractedIds);
        Assert.Equal("late botframework", _reports.Reports[^1]);
    }

    [Fact]
    public async Task An_attempt_past_the_hard_timeout_is_cancelled_and_counts_as_a_passing_failure()
    {
        _options.AttemptTimeout = TimeSpan.FromMilliseconds(50);
        _options.AttemptHardTimeout = TimeSpan.FromMilliseconds(100);
        _options.MaxAttempts = 2;
        var cancelled = 0;
        var channel = new ScriptedChannel(async token =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancelled);
                throw;
            }

            return new AttemptOutcome.Delivered("never");
        });

        var result = await Sender().DeliverAsync(channel.Call(), CancellationToken.None);

        Assert.IsType<DeliveryResult.Kept>(result);
        await WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref cancelled) == 2));
    }

    [Fact]
    public async Task The_outbox_keeps_the_newest_messages_up_to_its_bound_and_reports_what_it_dropped()
    {
        _options.MaxOutboxMessages = 3;
        var channel = new ScriptedChannel(_ => Task.FromResult<AttemptOutcome>(new AttemptOutcome.Refused("400 BadRequest")));
        var sender = Sender();

        for (var i = 0; i < 5; i++)
        {
            await sender.DeliverAsync(channel.Call($$"""{"n":{{i}}}"""), CancellationToken.None);
        }

        var outbox = Outbox();
        var kept = new List<string>();
        foreach (var key in await outbox.KeysAsync(CancellationToken.None))
        {
            kept.Add((await outbox.ReadAsync(key, CancellationToken.None))!.Payload);
        }

        Assert.Equal(["""{"n":2}""", """{"n":3}""", """{"n":4}"""], kept);
        Assert.Equal(2, _reports.Reports.Count(r => r.EndsWith("dropped=1", StringComparison.Ordinal)));
    }

    [Fact]
    public void Backoff_doubles_per_attempt_with_jitter_and_stops_at_the_ceiling()
    {
        _options.FirstRetryDelay = TimeSpan.FromMilliseconds(100);
        _options.MaxRetryDelay = TimeSpan.FromMilliseconds(1000);
        var sender = Sender();

        for (var i = 0; i < 200; i++)
        {
            Assert.InRange(sender.PauseBefore(2, retryAfter: null).TotalMilliseconds, 50, 150);
            Assert.InRange(sender.PauseBefore(3, retryAfter: null).TotalMilliseconds, 100, 300);
            Assert.InRange(sender.PauseBefore(10, retryAfter: null).TotalMilliseconds, 0, 1000);
        }

        var pauses = Enumerable.Range(0, 50).Select(_ => sender.PauseBefore(3, retryAfter: null)).Distinct().Count();
        Assert.True(pauses > 10, "Senders throttled together must not all come back together.");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true within 10 s.");
            await Task.Delay(20);
        }
    }

    /// <summary>A channel that answers attempt n with script[n] (the last entry repeats) and records retractions.</summary>
    private sealed class ScriptedChannel(params Func<CancellationToken, Task<AttemptOutcome>>[] script)
    {
        private readonly ConcurrentQueue<string> _retracted = new();
        private readonly TaskCompletionSource _retractedOnce = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public IReadOnlyList<string> RetractedIds => [.. _retracted];

        public Task Retracted => _retractedOnce.Task;

        public OutgoingCall Call(string payload = "{}") => new(
            "botframework",
            token =>
            {
                var n = Interlocked.Increment(ref _attempts) - 1;
                return script[Math.Min(n, script.Length - 1)](token);
            },
            (id, _) =>
            {
                _retracted.Enqueue(id);
                _retractedOnce.TrySetResult();
                return Task.CompletedTask;
            },
            () => payload);
    }
}
