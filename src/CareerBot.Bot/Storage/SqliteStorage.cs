using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CareerBot.Bot.Storage;

/// <summary>
/// Bot state in one SQLite file, so conversations survive a restart without a database server. The semantics (ETags,
/// batches, serialization) are <see cref="SqlStateStorage"/>'s; here: the file is in WAL mode, and a write takes
/// SQLite's single write lock up front (BEGIN IMMEDIATE).
/// </summary>
public sealed class SqliteStorage : SqlStateStorage
{
    private readonly string _connectionString;

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

            // In WAL mode NORMAL never corrupts the database and keeps every commit across a process crash; only an
            // OS crash or power loss can drop the last commits. FULL (the default) syncs the disk on every turn's
            // state write, which dominated a turn's latency under load (bench/FINDINGS.md).
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = NORMAL";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // BEGIN IMMEDIATE: take the write lock up front, so two turns cannot both pass the ETag check.
    protected override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override object Timestamp(DateTime utcNow) => utcNow.ToString("O", CultureInfo.InvariantCulture);
}
