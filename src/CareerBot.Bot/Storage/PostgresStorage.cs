using System.Data;
using System.Data.Common;
using Npgsql;

namespace CareerBot.Bot.Storage;

/// <summary>
/// Bot state in a PostgreSQL table, for several bot instances sharing one database. The semantics (ETags, batches,
/// serialization) are <see cref="SqlStateStorage"/>'s; here: one pooled <see cref="NpgsqlDataSource"/> per instance
/// (dispose the storage to close it), <c>bot_state</c> created on first use, and the ETag check locks the row
/// (SELECT … FOR UPDATE) until the write commits. The JSON is kept as <c>text</c>, byte for byte: <c>jsonb</c> would
/// reorder properties, and Newtonsoft reads type names only while "$type" comes first.
/// </summary>
public sealed class PostgresStorage : SqlStateStorage, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=careerbot;Username=bot;Password=…</c>.</param>
    public PostgresStorage(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.ConnectionStringBuilder.Host))
        {
            throw new ArgumentException(
                "PostgresStorage needs an Npgsql connection string with a Host, e.g. 'Host=localhost;Database=careerbot;Username=careerbot;Password=…'.",
                nameof(connectionString));
        }

        builder.ConnectionStringBuilder.ApplicationName ??= "CareerBot";
        _dataSource = builder.Build();
    }

    // The advisory lock serializes bot instances starting together: concurrent CREATE TABLE IF NOT EXISTS can fail.
    protected override string SchemaSql => """
        SELECT pg_advisory_xact_lock(hashtext('careerbot.bot_state'));
        CREATE TABLE IF NOT EXISTS bot_state (
            state_key text PRIMARY KEY,
            etag text NULL,
            state_json text NOT NULL,
            updated_at timestamptz NOT NULL
        );
        """;

    protected override string UpdatedColumn => "updated_at";

    // A second writer of the key waits here until the first commits, then sees the ETag the first wrote.
    protected override string RowLock => " FOR UPDATE";

    // COLLATE "C": ordinal order, as SQLite gives, whatever the database's collation.
    protected override string KeysSql =>
        "SELECT state_key FROM bot_state WHERE starts_with(state_key, @prefix) AND strpos(state_key, @infix) > 0 ORDER BY state_key COLLATE \"C\"";

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    // Read committed is enough: the row lock taken by RowLock serializes writers of the same key.
    protected override async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
    }
}
