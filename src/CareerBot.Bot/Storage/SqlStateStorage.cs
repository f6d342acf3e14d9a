using System.Data.Common;
using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace CareerBot.Bot.Storage;

/// <summary>
/// Bot state in one SQL table (<c>bot_state</c>: key, JSON, ETag, time of the last write), so conversations survive a
/// restart. The semantics live here once; a subclass gives only its database's connection, locking and SQL
/// (<see cref="SqliteStorage"/>, <see cref="PostgresStorage"/>).
/// Behaves like the SDK's (4.23.1) <see cref="MemoryStorage"/>: keys as given; values as Newtonsoft JSON with
/// TypeNameHandling.All, so they read back as their CLR types (here restricted by <see cref="AllowListSerializationBinder"/>);
/// an <see cref="IStoreItem"/> gets a new ETag on every write, stored as "eTag", and a stale one throws the same
/// ArgumentException("Etag conflict. …"); other values, JObjects included, carry no ETag and always overwrite.
/// One deliberate difference: an IStoreItem whose ETag is null overwrites like "*" (MemoryStorage calls that a
/// conflict once the key exists; the SDK's Cosmos DB and Blob storages treat it as we do).
/// Thread-safe: every operation has a connection of its own while it runs (<see cref="OpenAsync"/>); an ETag check and
/// its write share one transaction, and a batch of changes is written all or nothing. Every statement goes through
/// <see cref="LeaseCommand"/>, so a subclass may keep it prepared on its connection rather than have the database parse
/// the same SQL on every operation.
/// </summary>
public abstract class SqlStateStorage : IStorage
{
    private const string ETagProperty = "eTag";

    // Enough keys per statement for any turn, well under every database's bound-parameter limit.
    private const int KeysPerStatement = 500;

    // Parameter names and statement texts by key count, made once: a statement kept prepared is found by its text, and
    // building the same text for every operation was garbage per turn.
    private static readonly string[] KeyParameterNames = [.. Enumerable.Range(0, KeysPerStatement).Select(i => "@k" + i.ToString(CultureInfo.InvariantCulture))];
    private static readonly string?[] ReadSqlByKeyCount = new string?[KeysPerStatement + 1];
    private static readonly string?[] DeleteSqlByKeyCount = new string?[KeysPerStatement + 1];

    private readonly JsonSerializer _serializer = CreateSerializer();
    private readonly Lock _schemaGate = new();
    private Task? _schema;
    private string? _upsertSql;
    private string? _etagSql;

    /// <summary>Creates <c>bot_state</c> if it is missing; run once per instance, before the first operation.</summary>
    protected abstract string SchemaSql { get; }

    /// <summary>The column with the time of the last write (its type is the subclass's: see <see cref="Timestamp"/>).</summary>
    protected abstract string UpdatedColumn { get; }

    /// <summary>
    /// Appended to the ETag read: a row lock held until the write commits (<c>FOR UPDATE</c>), where the transaction
    /// does not already keep other writers out.
    /// </summary>
    protected virtual string RowLock => string.Empty;

    /// <summary>The keys that start with <c>@prefix</c> and contain <c>@infix</c>, in ordinal order.</summary>
    protected abstract string KeysSql { get; }

    /// <summary>The serializer settings state is stored with (the SDK's recommended ones plus the type allow-list).</summary>
    public static JsonSerializer CreateSerializer() => JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        NullValueHandling = NullValueHandling.Include,
        ContractResolver = new DefaultContractResolver(),
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        SerializationBinder = AllowListSerializationBinder.Instance,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        var distinct = keys.Length == 1 ? keys : keys.Distinct(StringComparer.Ordinal).ToArray();
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
                        var value = Deserialize(reader.GetString(1));
                        if (value is not null)
                        {
                            items[reader.GetString(0)] = value;
                        }
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

    /// <summary>
    /// The keys that start with <paramref name="prefix"/> and contain <paramref name="infix"/> (e.g. every user's state:
    /// infix "/users/"), in ordinal order, for exports that walk all state. IStorage itself has no way to list keys.
    /// </summary>
    public async Task<IReadOnlyList<string>> KeysAsync(string prefix, string infix, CancellationToken cancellationToken = default)
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

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        // Serialize before the transaction: it is the slow part and needs no database. An IStoreItem becomes a JSON tree,
        // to take its new ETag inside the transaction; any other value goes straight to text. Ordinal key order, so
        // writers that lock rows one by one (PostgreSQL) always take them in the same order and cannot deadlock.
        var rows = changes
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Value is IStoreItem item
                ? (c.Key, Item: item, Json: (string?)null, Tree: JObject.FromObject(item, _serializer))
                : (c.Key, Item: null, Json: Serialize(c.Value), Tree: null))
            .ToList();

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await RunWriteAsync(
            async (connection, transaction, token) =>
            {
                foreach (var (key, item, json, tree) in rows)
                {
                    if (json is null && tree is null)
                    {
                        // MemoryStorage keeps a null that reads as missing and carries no ETag: the same as no row.
                        await DeleteKeysAsync(connection, transaction, [key], token).ConfigureAwait(false);
                        continue;
                    }

                    string? newETag = null;
                    if (item is not null && tree is not null)
                    {
                        newETag = await NextETagAsync(connection, transaction, key, item, token).ConfigureAwait(false);

                        // Replace whatever spelling the item's own ETag property was serialized under.
                        foreach (var stale in tree.Properties().Where(p => string.Equals(p.Name, ETagProperty, StringComparison.OrdinalIgnoreCase)).ToList())
                        {
                            stale.Remove();
                        }

                        tree[ETagProperty] = newETag;
                    }

                    using var upsert = LeaseCommand(connection, transaction, UpsertSql);
                    SetParameter(upsert.Command, 0, "@key", key);
                    SetParameter(upsert.Command, 1, "@json", json ?? tree!.ToString(Formatting.None));
                    SetParameter(upsert.Command, 2, "@etag", newETag);
                    SetParameter(upsert.Command, 3, "@updated", Timestamp(DateTime.UtcNow));
                    await upsert.Command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await RunWriteAsync(
            async (connection, transaction, token) =>
            {
                foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(KeysPerStatement))
                {
                    await DeleteKeysAsync(connection, transaction, chunk, token).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

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
    /// Runs one <see cref="WriteAsync"/> or <see cref="DeleteAsync"/> in a write transaction, all or nothing, and
    /// returns once it is committed. By default: its own connection and transaction. A database that takes one writer
    /// at a time may instead run many writes in one transaction (<see cref="SqliteStorage"/>), as long as each stays all
    /// or nothing. The write's statements run in the transaction it is given, or, given null, in the one the connection
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

    /// <summary>
    /// A transaction in which the ETag check and the writes after it cannot interleave with
    /// another writer's: no two writers holding the same ETag may both pass the check.
    /// </summary>
    protected abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The <c>@updated</c> value of a write at <paramref name="utcNow"/>, as the column stores it.</summary>
    protected virtual object Timestamp(DateTime utcNow) => utcNow;

    /// <summary>The new ETag for <paramref name="item"/>, or the conflict MemoryStorage would report.</summary>
    private async Task<string> NextETagAsync(DbConnection connection, DbTransaction? transaction, string key, IStoreItem item, CancellationToken cancellationToken)
    {
        using var statement = LeaseCommand(connection, transaction, ETagSql);
        SetParameter(statement.Command, 0, "@key", key);
        var currentETag = await statement.Command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        if (currentETag is not null && item.ETag is not null && item.ETag != "*" && item.ETag != currentETag)
        {
            // The exception type and message MemoryStorage uses, so callers handle both alike.
            throw new ArgumentException($"Etag conflict.\r\n\r\nOriginal: {item.ETag}\r\nCurrent: {currentETag}");
        }

        return Guid.NewGuid().ToString("N");
    }

    private string? Serialize(object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is StateDocument document)
        {
            return document.ToStoredText();
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        _serializer.Serialize(text, value);
        return text.ToString();
    }

    private object? Deserialize(string json)
    {
        if (StateDocument.FromStoredText(json) is { } document)
        {
            return document;
        }

        using var reader = new JsonTextReader(new StringReader(json));
        return _serializer.Deserialize(reader);
    }

    private async Task DeleteKeysAsync(DbConnection connection, DbTransaction? transaction, string[] keys, CancellationToken cancellationToken)
    {
        using var statement = LeaseCommand(connection, transaction, DeleteSql(keys.Length));
        SetKeyParameters(statement.Command, keys, 0, keys.Length);
        await statement.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private string UpsertSql => _upsertSql ??= $"""
        INSERT INTO bot_state (state_key, state_json, etag, {UpdatedColumn}) VALUES (@key, @json, @etag, @updated)
        ON CONFLICT (state_key) DO UPDATE SET state_json = excluded.state_json, etag = excluded.etag, {UpdatedColumn} = excluded.{UpdatedColumn}
        """;

    private string ETagSql => _etagSql ??= "SELECT etag FROM bot_state WHERE state_key = @key" + RowLock;

    private static string ReadSql(int keyCount) =>
        ReadSqlByKeyCount[keyCount] ??= "SELECT state_key, state_json FROM bot_state WHERE state_key IN (" + KeyList(keyCount) + ")";

    private static string DeleteSql(int keyCount) =>
        DeleteSqlByKeyCount[keyCount] ??= "DELETE FROM bot_state WHERE state_key IN (" + KeyList(keyCount) + ")";

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
        var parameters = command.Parameters;
        var index = position < parameters.Count && string.Equals(parameters[position].ParameterName, name, StringComparison.Ordinal)
            ? position
            : parameters.IndexOf(name);
        if (index >= 0)
        {
            parameters[index].Value = value ?? DBNull.Value;
            return;
        }

        var parameter = command.CreateParameter();
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
    protected readonly struct CommandLease : IDisposable
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
