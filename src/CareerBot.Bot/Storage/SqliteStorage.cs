using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace CareerBot.Bot.Storage;

/// <summary>
/// Bot state in one SQLite file, so conversations survive a restart without a cloud database. Behaves like the SDK's
/// (4.23.1) <see cref="MemoryStorage"/>: keys as given; values as Newtonsoft JSON with TypeNameHandling.All, so they
/// read back as their CLR types (here restricted by <see cref="AllowListSerializationBinder"/>); an
/// <see cref="IStoreItem"/> gets a new ETag on every write, stored as "eTag", and a stale one throws the same
/// ArgumentException("Etag conflict. …"); other values, JObjects included, carry no ETag and always overwrite.
/// One deliberate difference: an IStoreItem whose ETag is null overwrites like "*" (MemoryStorage calls that a
/// conflict once the key exists; the SDK's Cosmos DB and Blob storages treat it as we do).
/// Thread-safe: every operation opens its own pooled connection; an ETag check and its write share one transaction,
/// and a batch of changes is written all or nothing.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    private const string ETagProperty = "eTag";

    // Enough keys per statement for any turn, well under SQLite's bound-parameter limit.
    private const int KeysPerStatement = 500;

    private readonly string _connectionString;
    private readonly JsonSerializer _serializer;
    private readonly Lock _schemaGate = new();
    private Task? _schema;

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
        _serializer = CreateSerializer();
    }

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
                command.CommandText = "SELECT state_key, state_json FROM bot_state WHERE state_key IN (" + Parameters(command, chunk) + ")";
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
    /// infix "/users/"), for exports that walk all state. IStorage itself has no way to list keys.
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
            command.CommandText = "SELECT state_key FROM bot_state WHERE substr(state_key, 1, length($prefix)) = $prefix AND instr(state_key, $infix) > 0 ORDER BY state_key";
            command.Parameters.AddWithValue("$prefix", prefix);
            command.Parameters.AddWithValue("$infix", infix);
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

        // Serialize before taking the write lock: it is the slow part and needs no database.
        var rows = changes.Select(c => (c.Key, c.Value, State: c.Value is null ? null : JObject.FromObject(c.Value, _serializer))).ToList();

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // BEGIN IMMEDIATE: take the write lock up front, so two turns cannot both pass the ETag check.
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var (key, value, state) in rows)
                {
                    if (state is null)
                    {
                        // MemoryStorage keeps a null that reads as missing and carries no ETag: the same as no row.
                        await DeleteKeysAsync(connection, transaction, [key], cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    string? newETag = null;
                    if (value is IStoreItem item)
                    {
                        var currentETag = await CurrentETagAsync(connection, transaction, key, cancellationToken).ConfigureAwait(false);
                        if (currentETag is not null && item.ETag is not null && item.ETag != "*" && item.ETag != currentETag)
                        {
                            // The exception type and message MemoryStorage uses, so callers handle both alike.
                            throw new ArgumentException($"Etag conflict.\r\n\r\nOriginal: {item.ETag}\r\nCurrent: {currentETag}");
                        }

                        newETag = Guid.NewGuid().ToString("N");

                        // Replace whatever spelling the item's own ETag property was serialized under.
                        foreach (var stale in state.Properties().Where(p => string.Equals(p.Name, ETagProperty, StringComparison.OrdinalIgnoreCase)).ToList())
                        {
                            stale.Remove();
                        }

                        state[ETagProperty] = newETag;
                    }

                    using var upsert = connection.CreateCommand();
                    upsert.Transaction = transaction;
                    upsert.CommandText = """
                        INSERT INTO bot_state (state_key, state_json, etag, updated_utc) VALUES ($key, $json, $etag, $updated)
                        ON CONFLICT (state_key) DO UPDATE SET state_json = excluded.state_json, etag = excluded.etag, updated_utc = excluded.updated_utc
                        """;
                    upsert.Parameters.AddWithValue("$key", key);
                    upsert.Parameters.AddWithValue("$json", state.ToString(Formatting.None));
                    upsert.Parameters.AddWithValue("$etag", newETag is null ? DBNull.Value : newETag);
                    upsert.Parameters.AddWithValue("$updated", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                    await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerStatement))
                {
                    await DeleteKeysAsync(connection, transaction, chunk, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private object? Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return _serializer.Deserialize(reader);
    }

    private static async Task<string?> CurrentETagAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT etag FROM bot_state WHERE state_key = $key";
        command.Parameters.AddWithValue("$key", key);
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result as string;
    }

    private static async Task DeleteKeysAsync(SqliteConnection connection, SqliteTransaction transaction, string[] keys, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM bot_state WHERE state_key IN (" + Parameters(command, keys) + ")";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Parameters(SqliteCommand command, string[] keys)
    {
        var names = new StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            var name = "$k" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, keys[i]);
            names.Append(i == 0 ? string.Empty : ", ").Append(name);
        }

        return names.ToString();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates the table on first use (once per instance; retried if it failed) and switches the file to WAL.</summary>
    private Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        Task schema;
        lock (_schemaGate)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                // Not tied to this caller's token: a cancelled turn must not fail the others waiting on it.
                _schema = CreateSchemaAsync();
            }

            schema = _schema;
        }

        return schema.IsCompletedSuccessfully ? Task.CompletedTask : schema.WaitAsync(cancellationToken);
    }

    private async Task CreateSchemaAsync()
    {
        var connection = await OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();

            // WAL: readers never wait for a writer, and a turn's commit is one append.
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS bot_state (
                    state_key TEXT NOT NULL PRIMARY KEY,
                    state_json TEXT NOT NULL,
                    etag TEXT NULL,
                    updated_utc TEXT NOT NULL
                );
                """;
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }
}
