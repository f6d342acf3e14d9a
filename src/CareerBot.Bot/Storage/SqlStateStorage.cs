using System.Data.Common;
using System.Globalization;
using System.Text;
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
/// Thread-safe: every operation opens its own pooled connection; an ETag check and its write share one transaction,
/// and a batch of changes is written all or nothing.
/// </summary>
public abstract class SqlStateStorage : IStorage
{
    private const string ETagProperty = "eTag";

    // Enough keys per statement for any turn, well under every database's bound-parameter limit.
    private const int KeysPerStatement = 500;

    private readonly JsonSerializer _serializer = CreateSerializer();
    private readonly Lock _schemaGate = new();
    private Task? _schema;

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
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return items;
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var chunk in distinct.Chunk(KeysPerStatement))
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT state_key, state_json FROM bot_state WHERE state_key IN (" + KeyParameters(command, chunk) + ")";
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = KeysSql;
            AddParameter(command, "@prefix", prefix);
            AddParameter(command, "@infix", infix);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    keys.Add(reader.GetString(0));
                }
            }
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

                    using var upsert = connection.CreateCommand();
                    upsert.Transaction = transaction;
                    upsert.CommandText = $"""
                        INSERT INTO bot_state (state_key, state_json, etag, {UpdatedColumn}) VALUES (@key, @json, @etag, @updated)
                        ON CONFLICT (state_key) DO UPDATE SET state_json = excluded.state_json, etag = excluded.etag, {UpdatedColumn} = excluded.{UpdatedColumn}
                        """;
                    AddParameter(upsert, "@key", key);
                    AddParameter(upsert, "@json", json ?? tree!.ToString(Formatting.None));
                    AddParameter(upsert, "@etag", newETag);
                    AddParameter(upsert, "@updated", Timestamp(DateTime.UtcNow));
                    await upsert.ExecuteNonQueryAsync(token).ConfigureAwait(false);
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

    /// <summary>An open connection of the storage's pool; the caller disposes it.</summary>
    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs one <see cref="WriteAsync"/> or <see cref="DeleteAsync"/> in a write transaction, all or nothing, and
    /// returns once it is committed. By default: its own connection and transaction. A database that takes one writer
    /// at a time may instead run many writes in one transaction (<see cref="SqliteStorage"/>), as long as each stays all
    /// or nothing.
    /// </summary>
    protected virtual async Task RunWriteAsync(Func<DbConnection, DbTransaction, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await write(connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
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
    private async Task<string> NextETagAsync(DbConnection connection, DbTransaction transaction, string key, IStoreItem item, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT etag FROM bot_state WHERE state_key = @key" + RowLock;
        AddParameter(command, "@key", key);
        var currentETag = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
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

    private static async Task DeleteKeysAsync(DbConnection connection, DbTransaction transaction, string[] keys, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM bot_state WHERE state_key IN (" + KeyParameters(command, keys) + ")";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string KeyParameters(DbCommand command, string[] keys)
    {
        var names = new StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            var name = "@k" + i.ToString(CultureInfo.InvariantCulture);
            AddParameter(command, name, keys[i]);
            names.Append(i == 0 ? string.Empty : ", ").Append(name);
        }

        return names.ToString();
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
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
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = SchemaSql;
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }
}
