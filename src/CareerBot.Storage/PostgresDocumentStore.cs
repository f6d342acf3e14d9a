using System.Data;
using System.Data.Common;
using Npgsql;

namespace CareerBot.Storage;

/// <summary>
/// Documents in a PostgreSQL table, for several bot instances sharing one database. The semantics (conditional
/// writes, batches) are <see cref="SqlDocumentStore"/>'s; here: one pooled <see cref="NpgsqlDataSource"/> per instance
/// (dispose the store to close it) and <c>bot_state</c> created on first use. The JSON is kept as <c>text</c>, byte for
/// byte: a turn compares what it would write with what it read, and <c>jsonb</c> would reorder properties.
/// </summary>
public sealed class PostgresDocumentStore : SqlDocumentStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=careerbot;Username=bot;Password=…</c>.</param>
    public PostgresDocumentStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.ConnectionStringBuilder.Host))
        {
            throw new ArgumentException(
                "PostgresDocumentStore needs an Npgsql connection string with a Host, e.g. 'Host=localhost;Database=careerbot;Username=careerbot;Password=…'.",
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

    // COLLATE "C": ordinal order, as SQLite gives, whatever the database's collation.
    protected override string KeysSql =>
        "SELECT state_key FROM bot_state WHERE starts_with(state_key, @prefix) AND strpos(state_key, @infix) > 0 ORDER BY state_key COLLATE \"C\"";

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    // Read committed is enough: an UPDATE … WHERE etag = @expected that meets a row another transaction is changing waits
    // for it to commit, then checks the ETag on the row as committed; a racing INSERT … ON CONFLICT DO NOTHING likewise.
    protected override async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
    }
}
