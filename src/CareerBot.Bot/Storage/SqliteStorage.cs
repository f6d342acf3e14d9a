using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CareerBot.Bot.Storage;

/// <summary>
/// Bot state in one SQLite file, so conversations survive a restart without a database server. The semantics (ETags,
/// batches, serialization) are <see cref="SqlStateStorage"/>'s; here: the file is in WAL mode, and a write takes
/// SQLite's single write lock up front (BEGIN IMMEDIATE).
/// Writes do not take that lock themselves: they queue for one writer per storage, which commits every write waiting at
/// that moment in one transaction, each inside its own savepoint so it stays all or nothing (group commit). SQLite
/// answers a writer that finds the lock taken with SQLITE_BUSY, and Microsoft.Data.Sqlite retries that by blocking its
/// thread in Thread.Sleep(150), which put 150 ms multiples into turns' latency; and turns that queued for the lock one
/// by one waited on each other's commits, and on whichever of them the scheduler had paused (bench/FINDINGS.md). The
/// writers of other storages on the same file in this process take turns through a gate per file; other processes
/// still meet the lock, and SQLite's own busy handler (busy_timeout) waits for them, in short steps.
/// </summary>
public sealed class SqliteStorage : SqlStateStorage
{
    // One writer at a time per database file, shared by every storage on it in this process.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    // The physical connections (pooled across opens) whose per-connection settings are already made.
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];

    private readonly string _connectionString;
    private readonly string _connectionSettings;
    private readonly SemaphoreSlim _writeGate;
    private readonly Channel<PendingWrite> _writes = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _writerStart = new();
    private Task? _writer;

    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=careerbot.db</c>.</param>
    public SqliteStorage(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString);

        // Each pooled connection to these is a database of its own: state would vanish between operations.
        if (builder.DataSource is "" or ":memory:" || (builder.Mode == SqliteOpenMode.Memory && builder.Cache != SqliteCacheMode.Shared))
        {
            throw new ArgumentException(
                $"SqliteStorage needs a database file ('Data Source=careerbot.db'), not '{connectionString}'; use the memory provider for state that need not last.",
                nameof(connectionString));
        }

        _connectionString = builder.ToString();
        _writeGate = WriteGates.GetOrAdd(GateKey(builder), _ => new SemaphoreSlim(1, 1));

        // In WAL mode NORMAL never corrupts the database and keeps every commit across a process crash; only an
        // OS crash or power loss can drop the last commits. FULL (the default) syncs the disk on every turn's
        // state write, which dominated a turn's latency under load (bench/FINDINGS.md).
        // busy_timeout: another process's writer is waited for by SQLite, in steps of 1 to 100 ms, for as long as a
        // command may take (Default Timeout; 0 is no limit); Microsoft.Data.Sqlite sets no busy handler of its own.
        // wal_autocheckpoint = 0: SQLite would otherwise checkpoint inside the commit that fills the WAL, syncing the disk
        // twice while every queued turn waits (a turn's save p99 was 27 ms for that alone); CheckpointInBackground does it.
        var busyMilliseconds = builder.DefaultTimeout <= 0 ? int.MaxValue : (int)Math.Min(builder.DefaultTimeout * 1000L, int.MaxValue);
        _connectionSettings = "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0; PRAGMA busy_timeout = "
            + busyMilliseconds.ToString(CultureInfo.InvariantCulture) + ";";
    }

    // WAL: readers never wait for a writer, and a turn's commit is one append.
    protected override string SchemaSql => """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS bot_state (
            state_key TEXT NOT NULL PRIMARY KEY,
            state_json TEXT NOT NULL,
            etag TEXT NULL,
            updated_utc TEXT NOT NULL
        );
        """;

    protected override string UpdatedColumn => "updated_utc";

    protected override string KeysSql =>
        "SELECT state_key FROM bot_state WHERE substr(state_key, 1, length(@prefix)) = @prefix AND instr(state_key, @infix) > 0 ORDER BY state_key";

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Once per physical connection, not on every open from the pool. Both settings last for the connection's
            // life, and no one else changes them: the pool is this connection string's.
            var handle = connection.Handle!;
            if (!Configured.TryGetValue(handle, out _))
            {
                using var settings = connection.CreateCommand();
                settings.CommandText = _connectionSettings;
                await settings.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                Configured.AddOrUpdate(handle, handle);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }


    /// <summary>Most writes one transaction takes, so one commit never keeps the first of them waiting long.</summary>
    private const int MaxWritesPerCommit = 64;

    /// <summary>
    /// Writes committed between checkpoints: a turn's write is a few pages, so about SQLite's own default of a
    /// checkpoint per 1,000 WAL pages.
    /// </summary>
    private const int WritesPerCheckpoint = 256;

    private int _writesSinceCheckpoint;
    private int _checkpointing;

    protected override Task RunWriteAsync(Func<DbConnection, DbTransaction, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(write, cancellationToken);
        _writes.Writer.TryWrite(pending);
        lock (_writerStart)
        {
            // The writer outlives the turn that starts it: no caller's token stops it.
            _writer ??= Task.Run(WriteQueuedAsync, CancellationToken.None);
        }

        return pending.Completion.Task;
    }

    /// <summary>The one writer: whatever has queued since the last commit goes into the next.</summary>
    private async Task WriteQueuedAsync()
    {
        var batch = new List<PendingWrite>(MaxWritesPerCommit);
        while (await _writes.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxWritesPerCommit && _writes.Reader.TryRead(out var pending))
            {
                if (pending.CancellationToken.IsCancellationRequested)
                {
                    pending.Completion.TrySetCanceled(pending.CancellationToken);
                }
                else
                {
                    batch.Add(pending);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch).ConfigureAwait(false);
            }
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        var failures = new Exception?[batch.Count];
        try
        {
            await _writeGate.WaitAsync().ConfigureAwait(false);
            try
            {
                var connection = await OpenAsync(CancellationToken.None).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    var transaction = await BeginWriteAsync(connection, CancellationToken.None).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        for (var i = 0; i < batch.Count; i++)
                        {
                            // Each write all or nothing, and none stops the others: a failed one is undone to its savepoint.
                            await transaction.SaveAsync("write").ConfigureAwait(false);
                            try
                            {
                                await batch[i].Write(connection, transaction, CancellationToken.None).ConfigureAwait(false);
                            }
#pragma warning disable CA1031 // Any failure belongs to the one write that raised it, which reports it to its caller.
                            catch (Exception e)
#pragma warning restore CA1031
                            {
                                failures[i] = e;
                                await transaction.RollbackAsync("write").ConfigureAwait(false);
                            }

                            await transaction.ReleaseAsync("write").ConfigureAwait(false);
                        }

                        await transaction.CommitAsync().ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                _writeGate.Release();
            }
        }
#pragma warning disable CA1031 // A transaction that cannot begin or commit fails every write in it, each to its caller.
        catch (Exception e)
#pragma warning restore CA1031
        {
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(e);
            }

            return;
        }

        _writesSinceCheckpoint += batch.Count;
        if (_writesSinceCheckpoint >= WritesPerCheckpoint && Interlocked.Exchange(ref _checkpointing, 1) == 0)
        {
            _writesSinceCheckpoint = 0;
            CheckpointInBackground();
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Completion.TrySetException(failure);
            }
            else
            {
                batch[i].Completion.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Copies the WAL's committed pages into the database file, beside the writer rather than inside its commit. PASSIVE
    /// waits for no one and keeps no one waiting: readers and the next commits go on, and SQLite starts the WAL
    /// over once a checkpoint has copied all of it. Its own thread, because SQLite blocks in the disk syncs.
    /// </summary>
    private void CheckpointInBackground() =>
        _ = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    using var connection = (SqliteConnection)OpenAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
                    using var checkpoint = connection.CreateCommand();
                    checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                    checkpoint.ExecuteNonQuery();
                }
#pragma warning disable CA1031 // A checkpoint that fails loses nothing: the pages stay in the WAL for the next one.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
                finally
                {
                    Volatile.Write(ref _checkpointing, 0);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    // BEGIN IMMEDIATE: take the write lock up front, so two turns cannot both pass the ETag check.
    protected override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override object Timestamp(DateTime utcNow) => utcNow.ToString("O", CultureInfo.InvariantCulture);

    // The same file under any spelling of its path; a memory database or URI filename as written.
    private static string GateKey(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? builder.DataSource
            : Path.GetFullPath(builder.DataSource);

    private sealed record PendingWrite(Func<DbConnection, DbTransaction, CancellationToken, Task> Write, CancellationToken CancellationToken)
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
