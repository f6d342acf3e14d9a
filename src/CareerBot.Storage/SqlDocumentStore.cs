using System.Data.Common;
using System.Globalization;
using CareerBot.Application.Documents;

namespace CareerBot.Storage;

/// <summary>
/// Documents in one SQL table (<c>bot_state</c>: key, JSON, ETag, time of the last write), so conversations and people
/// survive a restart. The semantics live here once; a subclass gives only its database's connection, transaction and
/// SQL dialect (<see cref="SqliteDocumentStore"/>, <see cref="PostgresDocumentStore"/>).
/// Every write is conditional and checked by the statement itself, with no read first: creating inserts only where no
/// row is (<c>ON CONFLICT DO NOTHING</c>), replacing updates only the row with the expected ETag, and a statement that
/// changes no row is a <see cref="DocumentConflictException"/>. So two writers holding the same ETag cannot both
/// succeed, on one instance or many, and a write costs one statement. A batch is one transaction: all or nothing.
/// Thread-safe: every operation has a connection of its own while it runs (<see cref="OpenAsync"/>). Every statement
/// goes through <see cref="LeaseCommand"/>, so a subclass may keep it prepared on its connection rather than have the
/// database parse the same SQL on every operation.
/// </summary>
public abstract class SqlDocumentStore : IDocumentStore
{
    // Enough keys per statement for any turn, well under every database's bound-parameter limit.
    private const int KeysPerStatement = 500;

    // Parameter names and statement texts by key count, made once: a statement kept prepared is found by its text, and
    // building the same text for every operation was garbage per turn.
    private static readonly string[] KeyParameterNames = [.. Enumerable.Range(0, KeysPerStatement).Select(i => "@k" + i.ToString(CultureInfo.InvariantCulture))];
    private static readonly string?[] ReadSqlByKeyCount = new string?[KeysPerStatement + 1];

    private readonly Lock _schemaGate = new();
    private Task? _schema;
    private string? _insertSql;
    private string? _updateSql;
    private string? _upsertSql;

    /// <summary>Creates <c>bot_state</c> if it is missing; run once per instance, before the first operation.</summary>
    protected abstract string SchemaSql { get; }

    /// <summary>The column with the time of the last write (its type is the subclass's: see <see cref="Timestamp"/>).</summary>
    protected abstract string UpdatedColumn { get; }

    /// <summary>The keys that start with <c>@prefix</c> and contain <c>@infix</c>, in ordinal order.</summary>
    protected abstract string KeysSql { get; }

    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, StoredDocument>(keys.Count, StringComparer.Ordinal);
        var distinct = keys.Count == 1 ? [keys[0]] : keys.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return items;
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var offset = 0; offset < distinct.Length; offset += KeysPerStatement)
            {
                var count = Math.Min(KeysPerStatement, distinct.Length - offset);
                using var statement = LeaseCommand(connection, null, ReadSql(count));
                SetKeyParameters(statement.Command, distinct, offset, count);
                var reader = await statement.Command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        items[reader.GetString(0)] = new StoredDocument(reader.GetString(1), await reader.IsDBNullAsync(2, cancellationToken).ConfigureAwait(false) ? null : reader.GetString(2));
                    }
                }
            }
        }
        finally
        {
            await ReturnAsync(connection).ConfigureAwait(false);
        }

        return items;
    }

    public async Task<IReadOnlyList<string>> KeysAsync(string prefix, string infix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(infix);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var statement = LeaseCommand(connection, null, KeysSql);
            SetParameter(statement.Command, 0, "@prefix", prefix);
            SetParameter(statement.Command, 1, "@infix", infix);
            var reader = await statement.Command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    keys.Add(reader.GetString(0));
                }
            }
        }
        finally
        {
            await ReturnAsync(connection).ConfigureAwait(false);
        }

        return keys;
    }

    public async Task WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return;
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        if (writes.Count == 1)
        {
            await WriteOneAsync(writes[0], cancellationToken).ConfigureAwait(false);
            return;
        }

        // Ordinal key order, so writers whose batches share rows always take their row locks in the same order and
        // cannot deadlock (PostgreSQL).
        IReadOnlyList<DocumentWrite> ordered = [.. writes.OrderBy(w => w.Key, StringComparer.Ordinal)];
        await RunWriteAsync(
            async (connection, transaction, token) =>
            {
                foreach (var write in ordered)
                {
                    await ApplyAsync(connection, transaction, write, token).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes one document, conditionally (a single-document write: all or nothing by itself). By default in a write
    /// transaction of its own (<see cref="RunWriteAsync"/>).
    /// </summary>
    protected virtual Task WriteOneAsync(DocumentWrite write, CancellationToken cancellationToken) =>
        RunWriteAsync((connection, transaction, token) => ApplyAsync(connection, transaction, write, token), cancellationToken);

    /// <summary>An open connection for one operation, used by it alone; the caller gives it back through <see cref="ReturnAsync"/>.</summary>
    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes back a connection from <see cref="OpenAsync"/> once its operation is over, failed or not. By default it is
    /// disposed (back to the driver's pool); a subclass may keep it open for the next operation, with its prepared statements.
    /// </summary>
    protected virtual ValueTask ReturnAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.DisposeAsync();
    }

    /// <summary>
    /// The command that runs <paramref name="sql"/> on <paramref name="connection"/> (in <paramref name="transaction"/>,
    /// where there is one), for one statement; the caller disposes the lease, not the command. By default a new command,
    /// disposed with the lease. A subclass may hand out one it keeps prepared on that connection for the same text: the
    /// caller then sets every parameter of it through <see cref="SetParameter"/>, always in the same order for one text.
    /// </summary>
    protected virtual CommandLease LeaseCommand(DbConnection connection, DbTransaction? transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return new CommandLease(command, kept: false);
    }

    /// <summary>
    /// Runs one <see cref="WriteAsync"/> in a write transaction, all or nothing, and returns once it is committed. By
    /// default: its own connection and transaction. A database that takes one writer at a time may instead run many
    /// writes in one transaction (<see cref="SqliteDocumentStore"/>), as long as each stays all or nothing. The write's statements run in the transaction it is given, or, given null, in the one the connection
    /// has begun in SQL.
    /// </summary>
    protected virtual async Task RunWriteAsync(Func<DbConnection, DbTransaction?, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await write(connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await ReturnAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>A transaction for one batch of writes (each write's statement checks its own ETag).</summary>
    protected abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The <c>@updated</c> value of a write at <paramref name="utcNow"/>, as the column stores it.</summary>
    protected virtual object Timestamp(DateTime utcNow) => utcNow;

    /// <summary>Applies one write in the batch's transaction: a statement that changes no row means a conflict.</summary>
    private async Task ApplyAsync(DbConnection connection, DbTransaction? transaction, DocumentWrite write, CancellationToken cancellationToken)
    {
        if (StatementFor(write) is not var (sql, conditional))
        {
            return;
        }

        using var statement = LeaseCommand(connection, transaction, sql);
        var command = statement.Command;
        BindWrite(command.Parameters, command.CreateParameter, write);
        var changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (conditional && changed == 0)
        {
            throw DocumentConflictException.On(write.Key);
        }
    }

    /// <summary>
    /// The statement that applies <paramref name="write"/>, and whether it is conditional (then a statement that changes
    /// no row is a conflict); null when there is nothing to do (a delete of what must not exist).
    /// </summary>
    protected (string Sql, bool Conditional)? StatementFor(DocumentWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return (write.Json, write.ExpectedETag) switch
        {
            (null, DocumentWrite.AnyETag) => (DeleteSql, false),
            (null, null) => null,   // a delete of what must not exist
            (null, _) => (DeleteIfSql, true),
            (_, DocumentWrite.AnyETag) => (UpsertSql, false),
            (_, null) => (InsertSql, true),
            _ => (UpdateSql, true),
        };
    }

    /// <summary>Gives <see cref="StatementFor"/>'s statement its values (a new ETag, the time now), in a fixed order.</summary>
    protected void BindWrite(DbParameterCollection parameters, Func<DbParameter> create, DocumentWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        SetParameter(parameters, create, 0, "@key", write.Key);
        if (write.Json is not null)
        {
            SetParameter(parameters, create, 1, "@json", write.Json);
            SetParameter(parameters, create, 2, "@etag", StoredDocument.NewETag());
            SetParameter(parameters, create, 3, "@updated", Timestamp(DateTime.UtcNow));
        }

        if (write.ExpectedETag is not (null or DocumentWrite.AnyETag))
        {
            SetParameter(parameters, create, write.Json is null ? 1 : 4, "@expected", write.ExpectedETag);
        }
    }

    private string InsertSql => _insertSql ??= $"""
        INSERT INTO bot_state (state_key, state_json, etag, {UpdatedColumn}) VALUES (@key, @json, @etag, @updated)
        ON CONFLICT (state_key) DO NOTHING
        """;

    private string UpdateSql => _updateSql ??=
        $"UPDATE bot_state SET state_json = @json, etag = @etag, {UpdatedColumn} = @updated WHERE state_key = @key AND etag = @expected";

    private string UpsertSql => _upsertSql ??= $"""
        INSERT INTO bot_state (state_key, state_json, etag, {UpdatedColumn}) VALUES (@key, @json, @etag, @updated)
        ON CONFLICT (state_key) DO UPDATE SET state_json = excluded.state_json, etag = excluded.etag, {UpdatedColumn} = excluded.{UpdatedColumn}
        """;

    private const string DeleteSql = "DELETE FROM bot_state WHERE state_key = @key";

    private const string DeleteIfSql = "DELETE FROM bot_state WHERE state_key = @key AND etag = @expected";

    private static string ReadSql(int keyCount) =>
        ReadSqlByKeyCount[keyCount] ??= "SELECT state_key, state_json, etag FROM bot_state WHERE state_key IN (" + KeyList(keyCount) + ")";

    private static string KeyList(int keyCount) => string.Join(", ", KeyParameterNames, 0, keyCount);

    private static void SetKeyParameters(DbCommand command, string[] keys, int offset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            SetParameter(command, i, KeyParameterNames[i], keys[offset + i]);
        }
    }

    /// <summary>
    /// Gives the parameter at <paramref name="position"/> (named <paramref name="name"/>) its value, adding it to a new
    /// command; a command kept prepared already has it there, from the last time the same text ran.
    /// </summary>
    protected static void SetParameter(DbCommand command, int position, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        SetParameter(command.Parameters, command.CreateParameter, position, name, value);
    }

    /// <summary>As <see cref="SetParameter(DbCommand, int, string, object?)"/>, for any statement's parameters (a batch's too).</summary>
    protected static void SetParameter(DbParameterCollection parameters, Func<DbParameter> create, int position, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(create);
        var index = position < parameters.Count && string.Equals(parameters[position].ParameterName, name, StringComparison.Ordinal)
            ? position
            : parameters.IndexOf(name);
        if (index >= 0)
        {
            parameters[index].Value = value ?? DBNull.Value;
            return;
        }

        var parameter = create();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        parameters.Add(parameter);
    }

    /// <summary>Creates the table on first use (once per instance; retried if it failed).</summary>
    private Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        Task schema;
        lock (_schemaGate)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                // Not tied to this caller's token: a cancelled turn must not fail the others waiting on it.
                _schema = RunSchemaAsync();
            }

            schema = _schema;
        }

        return schema.IsCompletedSuccessfully ? Task.CompletedTask : schema.WaitAsync(cancellationToken);
    }

    private async Task RunSchemaAsync()
    {
        var connection = await OpenAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            // Not leased: it runs once, so keeping it prepared would only hold a statement for nothing.
            using var command = connection.CreateCommand();
            command.CommandText = SchemaSql;
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        finally
        {
            await ReturnAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A command for one statement from <see cref="LeaseCommand"/>. Disposing it disposes a command made for the
    /// statement, and clears the parameter values of one kept prepared, so an idle connection holds no one's state.
    /// </summary>
    protected readonly record struct CommandLease : IDisposable
    {
        private readonly bool _kept;

        /// <param name="command">The command the statement runs in.</param>
        /// <param name="kept">Whether the command stays with its connection after this statement (then it is not disposed).</param>
        public CommandLease(DbCommand command, bool kept)
        {
            ArgumentNullException.ThrowIfNull(command);
            Command = command;
            _kept = kept;
        }

        public DbCommand Command { get; }

        public void Dispose()
        {
            if (!_kept)
            {
                Command.Dispose();
                return;
            }

            var parameters = Command.Parameters;
            for (var i = 0; i < parameters.Count; i++)
            {
                parameters[i].Value = DBNull.Value;
            }
        }
    }
}
