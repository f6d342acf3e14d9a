using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CareerBot.Bot.Storage;

/// <summary>
/// Bot state in one SQLite file, so conversations survive a restart without a database server. The semantics (ETags,
/// batches, serialization) are <see cref="SqlStateStorage"/>'s; here: the file is in WAL mode, and a write takes
/// SQLite's single write lock up front (BEGIN IMMEDIATE).
/// Writers in one process queue for that lock asynchronously, one gate per file: SQLite answers a writer that finds the
/// lock taken with SQLITE_BUSY, and Microsoft.Data.Sqlite retries that by blocking its thread in Thread.Sleep(150),
/// which under concurrent turns put 150 ms multiples into a turn's latency (bench/FINDINGS.md). Writers in other
/// processes still meet the lock; SQLite's own busy handler (busy_timeout) waits for them, in short steps.
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
        var busyMilliseconds = builder.DefaultTimeout <= 0 ? int.MaxValue : (int)Math.Min(builder.DefaultTimeout * 1000L, int.MaxValue);
        _connectionSettings = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = " + busyMilliseconds.ToString(CultureInfo.InvariantCulture) + ";";
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

    protected override async ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new GateLease(_writeGate);
    }

    // BEGIN IMMEDIATE: take the write lock up front, so two turns cannot both pass the ETag check.
    protected override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override object Timestamp(DateTime utcNow) => utcNow.ToString("O", CultureInfo.InvariantCulture);

    // The same file under any spelling of its path; a memory database or URI filename as written.
    private static string GateKey(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? builder.DataSource
            : Path.GetFullPath(builder.DataSource);

    private sealed class GateLease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
