using System.Data;
using System.Data.Common;
using CareerBot.Application.Documents;
using Npgsql;

namespace CareerBot.Storage;

/// <summary>
/// Documents in a PostgreSQL table, for several bot instances sharing one database. The semantics (conditional
/// writes, batches) are <see cref="SqlDocumentStore"/>'s; here: one pooled <see cref="NpgsqlDataSource"/> per instance
/// (dispose the store to close it) and <c>bot_state</c> created on first use. The JSON is kept as <c>text</c>, byte for
/// byte: a turn compares what it would write with what it read, and <c>jsonb</c> would reorder properties.
/// A turn waits on round trips to the server, not on CPU (bench/FINDINGS.md), so concurrent turns share them:
/// single-document writes that queue while a commit is out go into the next one together (group commit: one
/// transaction, one round trip, one WAL flush, each row still checked against its own ETag and answered on its own).
/// </summary>
public sealed class PostgresDocumentStore : SqlDocumentStore, IAsyncDisposable, IDisposable
{
    // Enough to take every turn in flight under the bench's 16 connections and more, small enough that one commit
    // stays one short round trip.
    private const int MaxWritesPerCommit = 64;

    // A write that arrives while one commit is out starts a second at once rather than waiting a round trip; writes
    // that arrive while two are out share the next. (Not tuned: 1 and 3 were not measured.)
    private const int CommitsInFlight = 2;

    private const string BeginSql = "BEGIN ISOLATION LEVEL READ COMMITTED";

    private readonly NpgsqlDataSource _dataSource;
    private readonly Coalescer<DocumentWrite, bool> _commits;
    private long _commitCount;
    private long _writesCommitted;
    private long _refusedCommits;

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
        ApplyDefaults(builder.ConnectionStringBuilder, connectionString);
        _dataSource = builder.Build();
        _commits = new(CommitsInFlight, MaxWritesPerCommit, CommitAsync);
    }

    /// <summary>
    /// Npgsql settings this store runs best with, where the operator's connection string does not set them:
    /// <c>Max Auto Prepare</c>, so the few statements a turn runs are parsed and planned once per connection rather than
    /// on every turn, and <c>No Reset On Close</c>, so a connection going back to the pool does not have the server reset
    /// its session before its next use (the store never changes session state: no SET, no temporary tables, no LISTEN).
    /// </summary>
    private static void ApplyDefaults(NpgsqlConnectionStringBuilder settings, string connectionString)
    {
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
        if (!named.Contains("MAXAUTOPREPARE"))
        {
            settings.MaxAutoPrepare = 16;
        }

        if (!named.Contains("NORESETONCLOSE"))
        {
            settings.NoResetOnClose = true;
        }
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

    /// <summary>The connection string the store's connections use (without a password), for tests.</summary>
    internal string ConnectionString => _dataSource.ConnectionString;

    /// <summary>Group commits made so far, for tests: fewer than the writes when writes shared them.</summary>
    internal long Commits => Interlocked.Read(ref _commitCount);

    /// <summary>Single-document writes answered from group commits so far (conflicts included), for tests.</summary>
    internal long WritesCommitted => Interlocked.Read(ref _writesCommitted);

    /// <summary>Group commits of several writes the server refused, whose writes then ran alone, for tests.</summary>
    internal long RefusedCommits => Interlocked.Read(ref _refusedCommits);

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

    /// <summary>Queued for the next group commit (a write with nothing to do returns at once).</summary>
    protected override Task WriteOneAsync(DocumentWrite write, CancellationToken cancellationToken) =>
        StatementFor(write) is null ? Task.CompletedTask : _commits.RunAsync(write, cancellationToken);

    /// <summary>
    /// One group commit: the writes in ordinal key order (so that commits sharing rows lock them in the same order and
    /// cannot deadlock) in one read-committed transaction, sent in one round trip. Each row's statement checks its own
    /// ETag, and one that changes nothing (a conflict) leaves the transaction going, so a conflicting write fails alone
    /// while the others commit; two writes of one key in one commit behave as two transactions one after the other
    /// would (the second sees the first's ETag). A batch the server refuses (an error, not a conflict) was rolled back
    /// whole, so each of its writes runs again alone and only the one at fault fails. Any other failure (the connection
    /// lost: whether it committed is unknown) fails every write of the batch.
    /// </summary>
    private async Task CommitAsync(IReadOnlyList<Coalescer<DocumentWrite, bool>.Pending> batch)
    {
        var ordered = batch.Count == 1 ? batch : [.. batch.OrderBy(p => p.Request.Key, StringComparer.Ordinal)];
        try
        {
            await ExecuteAsync(ordered).ConfigureAwait(false);
        }
        catch (PostgresException) when (ordered.Count > 1)
        {
            Interlocked.Increment(ref _refusedCommits);
            await Task.WhenAll(ordered.Select(RunAloneAsync)).ConfigureAwait(false);
        }
    }

    private async Task RunAloneAsync(Coalescer<DocumentWrite, bool>.Pending write)
    {
        try
        {
            await ExecuteAsync([write]).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The failure belongs to this write alone, and goes to its caller.
        catch (Exception e)
#pragma warning restore CA1031
        {
            write.Completion.TrySetException(e);
        }
    }

    /// <summary>Runs <paramref name="writes"/> in one transaction, in one round trip, and answers each from its row count.</summary>
    private async Task ExecuteAsync(IReadOnlyList<Coalescer<DocumentWrite, bool>.Pending> writes)
    {
        // Not tied to any one caller's token: the batch is every queued writer's.
        var connection = await _dataSource.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var batch = new NpgsqlBatch(connection);
            await using (batch.ConfigureAwait(false))
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(BeginSql));
                foreach (var write in writes)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = StatementFor(write.Request)!.Value.Sql;
                    BindWrite(command.Parameters, command.CreateParameter, write.Request);
                    batch.BatchCommands.Add(command);
                }

                batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
                await batch.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
                Interlocked.Increment(ref _commitCount);
                Interlocked.Add(ref _writesCommitted, writes.Count);
                for (var i = 0; i < writes.Count; i++)
                {
                    var write = writes[i];
                    if (StatementFor(write.Request)!.Value.Conditional && batch.BatchCommands[i + 1].RecordsAffected == 0)
                    {
                        write.Completion.TrySetException(DocumentConflictException.On(write.Request.Key));
                    }
                    else
                    {
                        write.Completion.TrySetResult(true);
                    }
                }
            }
        }
    }
}
