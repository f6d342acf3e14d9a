namespace CareerBot.Storage;

/// <summary>
/// Runs what concurrent callers ask for together: a caller queues its request and waits for its own result; at most
/// <c>maxInFlight</c> batches run at once, each taking every request queued when it starts (up to <c>maxBatch</c>).
/// A lone caller's request starts at once, alone; under load, requests that arrive while a batch is out share the next
/// one, so many turns cost one round trip (and one commit) instead of one each. The batch runner sets every request's
/// result; one that throws fails every request of its batch with that exception.
/// </summary>
internal sealed class Coalescer<TRequest, TResult>
{
    private readonly Lock _gate = new();
    private readonly Queue<Pending> _queue = new();
    private readonly int _maxInFlight;
    private readonly int _maxBatch;
    private readonly Func<IReadOnlyList<Pending>, Task> _runBatch;
    private int _inFlight;

    /// <param name="maxInFlight">Batches that may run at once.</param>
    /// <param name="maxBatch">Most requests one batch takes.</param>
    /// <param name="runBatch">Runs one batch and sets each request's result; never given an empty batch.</param>
    public Coalescer(int maxInFlight, int maxBatch, Func<IReadOnlyList<Pending>, Task> runBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _maxInFlight = maxInFlight;
        _maxBatch = maxBatch;
        _runBatch = runBatch;
    }

    /// <summary>
    /// Queues <paramref name="request"/> and returns its result once its batch has run. A request whose
    /// <paramref name="cancellationToken"/> is cancelled before its batch starts is dropped (cancelled); once its batch
    /// has started it runs to the end, as a statement already sent would.
    /// </summary>
    public Task<TResult> RunAsync(TRequest request, CancellationToken cancellationToken)
    {
        var pending = new Pending(request, cancellationToken);
        lock (_gate)
        {
            _queue.Enqueue(pending);
            if (_inFlight >= _maxInFlight)
            {
                return pending.Completion.Task;
            }

            _inFlight++;
        }

        // Not awaited: the drain outlives this caller when others queue meanwhile, and sets every result itself. It
        // carries no caller's execution context (logging scopes, the request's activity) past its first batch.
        using (ExecutionContext.SuppressFlow())
        {
            _ = DrainAsync();
        }

        return pending.Completion.Task;
    }

    private async Task DrainAsync()
    {
        var batch = new List<Pending>();
        while (true)
        {
            batch.Clear();
            lock (_gate)
            {
                while (batch.Count < _maxBatch && _queue.TryDequeue(out var next))
                {
                    if (next.CancellationToken.IsCancellationRequested)
                    {
                        next.Completion.TrySetCanceled(next.CancellationToken);
                    }
                    else
                    {
                        batch.Add(next);
                    }
                }

                if (batch.Count == 0)
                {
                    _inFlight--;
                    return;
                }
            }

            try
            {
                await _runBatch(batch).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever stopped the batch fails each of its requests, to its own caller.
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(e);
                }
            }
        }
    }

    /// <summary>One caller's request, and the result it waits for (set from the batch, continued off its thread).</summary>
    internal sealed class Pending(TRequest request, CancellationToken cancellationToken)
    {
        public TRequest Request { get; } = request;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public TaskCompletionSource<TResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
