using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CareerBot.Storage;

/// <summary>
/// Documents in one SQLite file, so conversations survive a restart without a database server. The semantics
/// (conditional writes, batches) are <see cref="SqlDocumentStore"/>'s; here: the file is in WAL mode, and a write takes
/// SQLite's single write lock up front (BEGIN IMMEDIATE).
/// Writes do not take that lock themselves: they queue for one writer per storage, which commits every write waiting at
/// that moment in one transaction, each (when there are several) inside its own savepoint so it stays all or nothing
/// (group commit). SQLite answers a writer that finds the lock taken with SQLITE_BUSY, and Microsoft.Data.Sqlite
/// retries that by blocking its thread in Thread.Sleep(150), which put 150 ms multiples into turns' latency; and turns
/// that queued for the lock one by one waited on each other's commits, and on whichever of them the scheduler had
/// paused (bench/FINDINGS.md). The writers of other storages on the same file in this process take turns through a
/// gate per file; other processes still meet the lock, and SQLite's own busy handler (busy_timeout) waits for them, in
/// short steps.
/// Connections stay open, each with its statements prepared once and run again with new values (SQLite spent a good
/// part of every turn parsing and planning the same SQL, and Microsoft.Data.Sqlite keeps a statement prepared only as
/// long as one command object lives on one open connection, dotnet/efcore#14044): the writer has one connection, and
/// reads take one of a few idle ones. Dispose the storage to close them.
/// </summary>
public sealed class SqliteDocumentStore : SqlDocumentStore, IAsyncDisposable, IDisposable
{
    // One writer at a time per database file, shared by every storage on it in this process.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    // The physical connections (pooled across opens) whose per-connection settings are already made.
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];

    // Idle read connections kept open: enough for every thread that can be reading at once without the pool, and few
    // enough that a burst does not leave many open; more are opened under a burst and closed when they come back.
    private static readonly int MaxIdleReaders = Environment.ProcessorCount * 2;

    private readonly string _connectionString;
    private readonly string _writerConnectionString;
    private readonly string _connectionSettings;
    [SuppressMessage("Reliability", "CA2213", Justification = "Shared by every store on the same file (WriteGates), so no one store owns it.")]
    private readonly SemaphoreSlim _writeGate;
    private readonly Channel<PendingWrite> _writes = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _writerStart = new();
    private readonly Stack<PreparedConnection> _idleReaders = new();
    private readonly Lock _idleGate = new();
    private Task? _writer;
    private bool _disposed;
    private long _commandsMade;

    // The writer's connection: used by the writer loop alone, one batch at a time.
    private PreparedConnection? _writerConnection;

    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=careerbot.db</c>.</param>
    public SqliteDocumentStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString);

        // Each pooled connection to these is a database of its own: state would vanish between operations.
        if (builder.DataSource is "" or ":memory:" || (builder.Mode == SqliteOpenMode.Memory && builder.Cache != SqliteCacheMode.Shared))
        {
            throw new ArgumentException(
                $"SqliteDocumentStore needs a database file ('Data Source=careerbot.db'), not '{connectionString}'; use the memory provider for state that need not last.",
                nameof(connectionString));
        }

        _connectionString = builder.ToString();

        // Not pooled: it begins its transactions in SQL, which the pool does not know about, so a connection that failed
        // inside one must close (rolling it back) rather than go back to the pool still holding the write lock.
        _writerConnectionString = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString();
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

    /// <summary>A kept read connection if one is idle, or a new one (from Microsoft.Data.Sqlite's pool).</summary>
    [SuppressMessage("Reliability", "CA2000", Justification = "An idle connection popped is either returned to the caller, who hands it back to ReturnAsync, or disposed here.")]
    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            PreparedConnection? idle;
            lock (_idleGate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                _idleReaders.TryPop(out idle);
            }

            if (idle is null)
            {
                return await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
            }

            if (idle.State == ConnectionState.Open)
            {
                return idle;
            }

            // Closed underneath: its statements went with it.
            await idle.DisposeAsync().ConfigureAwait(false);
        }
    }

    protected override ValueTask ReturnAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is PreparedConnection { State: ConnectionState.Open } prepared)
        {
            lock (_idleGate)
            {
                if (!_disposed && _idleReaders.Count < MaxIdleReaders)
                {
                    _idleReaders.Push(prepared);
                    return ValueTask.CompletedTask;
                }
            }
        }

        return connection.DisposeAsync();
    }

    /// <summary>The command for <paramref name="sql"/> kept prepared on this connection, while it has room for one more.</summary>
    protected override CommandLease LeaseCommand(DbConnection connection, DbTransaction? transaction, string sql)
    {
        if (connection is PreparedConnection prepared && prepared.KeptCommand(sql, (SqliteTransaction?)transaction, out var made) is { } kept)
        {
            if (made)
            {
                Interlocked.Increment(ref _commandsMade);
            }

            return new CommandLease(kept, kept: true);
        }

        Interlocked.Increment(ref _commandsMade);
        return base.LeaseCommand(connection, transaction, sql);
    }

    /// <summary>How many commands the storage has made for statements: tests see that the same ones run again.</summary>
    internal long CommandsMade => Interlocked.Read(ref _commandsMade);

    /// <summary>The connections the storage holds open between operations (the writer's, the idle readers), for tests.</summary>
    internal IReadOnlyList<SqliteConnection> HeldConnections
    {
        get
        {
            lock (_idleGate)
            {
                return [.. _idleReaders, .. _writerConnection is { } writer ? [writer] : Array.Empty<SqliteConnection>()];
            }
        }
    }

    /// <summary>Closes the storage's connections, once the writes queued so far are committed.</summary>
    public async ValueTask DisposeAsync()
    {
        Task? writer;
        lock (_writerStart)
        {
            // No write queues after this; the writer commits what has, then closes its connection and ends.
            _writes.Writer.TryComplete();
            writer = _writer;
        }

        if (writer is not null)
        {
            await writer.ConfigureAwait(false);
        }

        PreparedConnection[] idle;
        lock (_idleGate)
        {
            _disposed = true;
            idle = [.. _idleReaders];
            _idleReaders.Clear();
        }

        foreach (var connection in idle)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<PreparedConnection> OpenConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new PreparedConnection(connectionString);
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

    protected override Task RunWriteAsync(Func<DbConnection, DbTransaction?, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(write, cancellationToken);
        lock (_writerStart)
        {
            if (!_writes.Writer.TryWrite(pending))
            {
                return Task.FromException(new ObjectDisposedException(nameof(SqliteDocumentStore)));
            }

            // The writer outlives the turn that starts it: no caller's token stops it.
            _writer ??= Task.Run(WriteQueuedAsync, CancellationToken.None);
        }

        return pending.Completion.Task;
    }

    /// <summary>The one writer: whatever has queued since the last commit goes into the next.</summary>
    private async Task WriteQueuedAsync()
    {
        try
        {
            await WriteUntilDisposedAsync().ConfigureAwait(false);
        }
        finally
        {
            if (_writerConnection is not null)
            {
                await _writerConnection.DisposeAsync().ConfigureAwait(false);
                _writerConnection = null;
            }
        }
    }

    private async Task WriteUntilDisposedAsync()
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
                var connection = await WriterConnectionAsync().ConfigureAwait(false);
                try
                {
                    await CommitOnAsync(connection, batch, failures).ConfigureAwait(false);
                }
                catch
                {
                    // Whatever failed may have left the transaction open: closing the connection rolls it back (it is
                    // not pooled), and the next batch opens another.
                    _writerConnection = null;
                    await connection.DisposeAsync().ConfigureAwait(false);
                    throw;
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
                    var connection = OpenAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
                    try
                    {
                        using var checkpoint = connection.CreateCommand();
                        checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                        checkpoint.ExecuteNonQuery();
                    }
                    finally
                    {
                        ReturnAsync(connection).AsTask().GetAwaiter().GetResult();
                    }
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

    /// <summary>
    /// One transaction for the whole batch, begun and ended by statements kept prepared on the writer's connection
    /// (SqliteTransaction would prepare BEGIN, COMMIT and each savepoint's SQL anew every time). BEGIN IMMEDIATE takes
    /// the write lock up front, so two turns cannot both pass the ETag check. Each write of a batch of several is all or
    /// nothing in a savepoint of its own, and a failed one is undone to it without stopping the others; a batch of one
    /// needs no savepoint, the transaction itself being all or nothing. The caller fails the batch on any exception.
    /// </summary>
    private async Task CommitOnAsync(PreparedConnection connection, List<PendingWrite> batch, Exception?[] failures)
    {
        Execute(connection, "BEGIN IMMEDIATE");
        if (batch.Count == 1)
        {
            failures[0] = await TryWriteAsync(connection, batch[0]).ConfigureAwait(false);
            if (failures[0] is null)
            {
                Execute(connection, "COMMIT");
            }
            else if (InTransaction(connection))
            {
                Execute(connection, "ROLLBACK");
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            Execute(connection, "SAVEPOINT write");
            if ((failures[i] = await TryWriteAsync(connection, batch[i]).ConfigureAwait(false)) is { } failure)
            {
                if (!InTransaction(connection))
                {
                    // SQLite rolled the whole transaction back on this error (a full disk, say): the writes before it
                    // are gone too, so the batch fails, with this error.
                    ExceptionDispatchInfo.Throw(failure);
                }

                Execute(connection, "ROLLBACK TO write");
            }

            Execute(connection, "RELEASE write");
        }

        Execute(connection, "COMMIT");
    }

    private static async Task<Exception?> TryWriteAsync(PreparedConnection connection, PendingWrite pending)
    {
        try
        {
            await pending.Write(connection, null, CancellationToken.None).ConfigureAwait(false);
            return null;
        }
#pragma warning disable CA1031 // Any failure belongs to the one write that raised it, which reports it to its caller.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e;
        }
    }

    // Microsoft.Data.Sqlite's async methods run synchronously anyway; these are on the writer's own loop.
    private void Execute(PreparedConnection connection, string sql)
    {
        using var statement = LeaseCommand(connection, null, sql);
        statement.Command.ExecuteNonQuery();
    }

    private static bool InTransaction(SqliteConnection connection) => raw.sqlite3_get_autocommit(connection.Handle) == 0;

    private async ValueTask<PreparedConnection> WriterConnectionAsync()
    {
        if (_writerConnection is { State: ConnectionState.Open } open)
        {
            return open;
        }

        if (_writerConnection is not null)
        {
            // Closed underneath: its statements went with it.
            await _writerConnection.DisposeAsync().ConfigureAwait(false);
            _writerConnection = null;
        }

        return _writerConnection = await OpenConnectionAsync(_writerConnectionString, CancellationToken.None).ConfigureAwait(false);
    }

    // Writes begin their transaction in SQL on the writer's connection (CommitOnAsync), never through this.
    protected override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        throw new NotSupportedException("SqliteDocumentStore begins its write transactions itself, in the writer.");

    protected override object Timestamp(DateTime utcNow) => utcNow.ToString("O", CultureInfo.InvariantCulture);

    // The same file under any spelling of its path; a memory database or URI filename as written.
    private static string GateKey(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? builder.DataSource
            : Path.GetFullPath(builder.DataSource);

    private sealed record PendingWrite(Func<DbConnection, DbTransaction?, CancellationToken, Task> Write, CancellationToken CancellationToken)
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// A connection that keeps one command per SQL text, prepared on first use, for as long as it is open (closing it
    /// disposes them). One operation at a time uses it, so its commands need no lock.
    /// </summary>
    private sealed class PreparedConnection(string connectionString) : SqliteConnection(connectionString)
    {
        // The statements a connection runs in steady state (the writer's: begin, commit, rollback, three savepoint
        // statements, upsert, ETag read, deletes; a reader's: the one-key read, key listing) with room to spare; a
        // text beyond it (a rare many-key read or delete) gets a command of its own.
        private const int MaxKeptCommands = 16;

        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        /// <summary>The command kept for <paramref name="sql"/>, <paramref name="made"/> now if it is new; null when there is no room.</summary>
        public SqliteCommand? KeptCommand(string sql, SqliteTransaction? transaction, out bool made)
        {
            made = false;
            if (!_commands.TryGetValue(sql, out var command))
            {
                if (_commands.Count >= MaxKeptCommands)
                {
                    return null;
                }

                command = CreateCommand();
                command.CommandText = sql;
                _commands.Add(sql, command);
                made = true;
            }

            command.Transaction = transaction;
            return command;
        }
    }
}
