namespace CareerBot.Application.Turns;

/// <summary>
/// One turn at a time per conversation, in this process. Channels can deliver a user's next message while the last
/// one is still being answered; two turns reading the same state and each writing their own would lose an answer.
/// </summary>
public sealed class ConversationTurns
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>How many conversations have a turn running or waiting (a gate is dropped when none do).</summary>
    public int Active
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    /// <summary>Waits for the conversation's earlier turns; disposing the result lets the next one in.</summary>
    public async Task<IDisposable> EnterAsync(string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        Gate? gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(conversationKey, out gate))
            {
                gate = new Gate();
                _gates.Add(conversationKey, gate);
            }

            gate.Turns++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(conversationKey, gate);
            throw;
        }

        return new Turn(this, conversationKey, gate);
    }

    private void Leave(string conversationKey, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Turns == 0)
            {
                _gates.Remove(conversationKey);
            }
        }
    }

    private sealed class Gate
    {
        // Never waited on through a wait handle, so it holds nothing that needs disposing.
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        /// <summary>Turns running or waiting; guarded by the owner's dictionary lock.</summary>
        public int Turns { get; set; }
    }

    private sealed class Turn(ConversationTurns owner, string conversationKey, Gate gate) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave(conversationKey, gate);
                gate.Semaphore.Release();
            }
        }
    }
}
