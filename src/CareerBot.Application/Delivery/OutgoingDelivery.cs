namespace CareerBot.Application.Delivery;

/// <summary>
/// The one sender every outgoing message goes through (replies and proactive messages, every channel): it retries what
/// a retry can mend, with jittered exponential backoff and the channel's <c>Retry-After</c>, keeps what it finally
/// cannot deliver in the <see cref="Outbox"/>, and never leaves two copies with the user.
/// </summary>
/// <remarks>
/// An attempt that has not answered within <see cref="DeliveryOptions.AttemptTimeout"/> is not cancelled: the channel
/// may have taken the message and be slow to say so. The next attempt starts beside it, and whichever succeeds first
/// is the delivery; a copy that succeeds after that is deleted again (<see cref="OutgoingCall.RetractAsync"/>), and a
/// message kept in the outbox whose slow attempt succeeds after all is taken out of it. Only
/// <see cref="DeliveryOptions.AttemptHardTimeout"/> cancels an attempt.
/// </remarks>
public sealed class OutgoingDelivery
{
    private readonly DeliveryOptions _options;
    private readonly Outbox _outbox;
    private readonly TimeProvider _clock;
    private readonly IDeliveryReports _reports;

    public OutgoingDelivery(DeliveryOptions options, Outbox outbox, TimeProvider clock, IDeliveryReports reports)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _outbox = outbox;
        _clock = clock;
        _reports = reports;
    }

    public async Task<DeliveryResult> DeliverAsync(OutgoingCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var race = new AttemptRace(this, call);
        var started = _clock.GetTimestamp();
        AttemptOutcome last;
        var attempt = 0;
        while (true)
        {
            attempt++;
            last = await race.RunAsync(_options.AttemptTimeout).ConfigureAwait(false);
            if (race.Delivered(out var id))
            {
                return new DeliveryResult.Delivered(id, attempt);
            }

            if (last is not AttemptOutcome.Transient transient)
            {
                break;
            }

            var pause = PauseBefore(attempt + 1, transient.RetryAfter);
            if (attempt >= _options.MaxAttempts || _clock.GetElapsedTime(started) + pause > _options.InlineBudget)
            {
                break;
            }

            _reports.Retrying(call.Channel, transient.Reason);
            await race.WaitForDeliveryAsync(pause).ConfigureAwait(false);
            if (race.Delivered(out id))
            {
                return new DeliveryResult.Delivered(id, attempt);
            }
        }

        var reason = last switch
        {
            AttemptOutcome.Transient t => t.Reason,
            AttemptOutcome.Refused r => r.Reason,
            _ => "unknown",
        };
        var message = new OutboxMessage { Channel = call.Channel, Payload = call.Payload(), Reason = reason, Transient = last is AttemptOutcome.Transient, Attempts = attempt };
        var (key, dropped) = await _outbox.KeepAsync(message, cancellationToken).ConfigureAwait(false);
        _reports.Kept(call.Channel, key, reason, message.Transient, dropped);
        if (await race.AbandonAsync(key).ConfigureAwait(false) is { } lateId)
        {
            return new DeliveryResult.Delivered(lateId, attempt);
        }

        return new DeliveryResult.Kept(key, reason, attempt);
    }

    /// <summary>
    /// The pause before attempt <paramref name="attempt"/>: what the channel asked for, or the first delay doubled per
    /// attempt, with ±50 % jitter so many senders throttled at once do not come back at once.
    /// </summary>
    internal TimeSpan PauseBefore(int attempt, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            return asked + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100));
        }

        var exponential = _options.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 2));
        var jittered = exponential * (0.5 + Random.Shared.NextDouble());
        return TimeSpan.FromMilliseconds(Math.Min(jittered, _options.MaxRetryDelay.TotalMilliseconds));
    }

    /// <summary>
    /// Every attempt at one message, including those still running after the sender moved on: the first success wins,
    /// later successes are retracted, and a success after the message went to the outbox takes it out again.
    /// </summary>
    private sealed class AttemptRace(OutgoingDelivery owner, OutgoingCall call)
    {
        private readonly Lock _gate = new();
        private readonly TaskCompletionSource _delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _won;
        private string? _winnerId;
        private string? _abandonedKey;

        public bool Delivered(out string? messageId)
        {
            lock (_gate)
            {
                messageId = _winnerId;
                return _won;
            }
        }

        /// <summary>Starts an attempt and waits up to <paramref name="timeout"/> for it, or for any earlier one to succeed.</summary>
        public async Task<AttemptOutcome> RunAsync(TimeSpan timeout)
        {
            var attempt = AttemptAsync();
            var waited = await Task.WhenAny(attempt, _delivered.Task, Task.Delay(timeout, owner._clock)).ConfigureAwait(false);
            return waited == attempt ? await attempt.ConfigureAwait(false) : new AttemptOutcome.Transient($"no answer within {timeout.TotalSeconds:0.#} s");
        }

        public Task<Task> WaitForDeliveryAsync(TimeSpan pause) => Task.WhenAny(_delivered.Task, Task.Delay(pause, owner._clock));

        /// <summary>The message is in the outbox under <paramref name="key"/>: returns the winner's id if one got through meanwhile.</summary>
        public async Task<string?> AbandonAsync(string key)
        {
            lock (_gate)
            {
                if (!_won)
                {
                    _abandonedKey = key;
                    return null;
                }
            }

            await RemoveFromOutboxAsync(key).ConfigureAwait(false);
            return _winnerId ?? string.Empty;
        }

        private async Task<AttemptOutcome> AttemptAsync()
        {
            AttemptOutcome outcome;
            using (var hardTimeout = new CancellationTokenSource(owner._options.AttemptHardTimeout, owner._clock))
            {
                try
                {
                    outcome = await call.AttemptAsync(hardTimeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    outcome = new AttemptOutcome.Transient("cancelled after the hard timeout");
                }
            }

            if (outcome is AttemptOutcome.Delivered delivered)
            {
                await SettleAsync(delivered).ConfigureAwait(false);
            }

            return outcome;
        }

        private async Task SettleAsync(AttemptOutcome.Delivered delivered)
        {
            bool first;
            string? abandonedKey;
            lock (_gate)
            {
                first = !_won;
                if (first)
                {
                    _won = true;
                    _winnerId = delivered.MessageId;
                }

                abandonedKey = _abandonedKey;
            }

            if (first)
            {
                _delivered.TrySetResult();
                if (abandonedKey is not null)
                {
                    // Kept as undelivered, then the slow attempt got through after all.
                    await RemoveFromOutboxAsync(abandonedKey).ConfigureAwait(false);
                    owner._reports.LateDelivered(call.Channel);
                }

                return;
            }

            // A second copy got through (a retry raced a late success): take it back so the user sees one.
            var retracted = false;
            if (call.RetractAsync is not null && delivered.MessageId is { Length: > 0 } copy)
            {
                try
                {
                    using var timeout = new CancellationTokenSource(owner._options.AttemptHardTimeout, owner._clock);
                    await call.RetractAsync(copy, timeout.Token).ConfigureAwait(false);
                    retracted = true;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    retracted = false;
                }
            }

            owner._reports.Retracted(call.Channel, retracted);
        }

        private async Task RemoveFromOutboxAsync(string key)
        {
            try
            {
                await owner._outbox.RemoveAsync(key, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The delivered message stays listed in the outbox (its late delivery is reported): nothing resends
                // outbox messages by itself, so a stale entry costs an operator a look, never the user a second copy.
            }
        }
    }
}
