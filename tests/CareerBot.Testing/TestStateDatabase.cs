using CareerBot.Application.Documents;
using CareerBot.Storage;
using Npgsql;

namespace CareerBot.Testing;

/// <summary>One test's state database, of one provider, so a test written once runs against each.</summary>
public interface ITestStateDatabase : IDisposable
{
    /// <summary>A new store on this database (as a new process would open), disposed with the database.</summary>
    IDocumentStore Open();

    /// <summary>Drops the pooled connections of every storage opened so far, as a process exit would.</summary>
    void Restart();

    /// <summary>Puts <paramref name="json"/> under <paramref name="key"/> behind the storage's back (the table exists).</summary>
    void InsertRaw(string key, string json);
}

/// <summary>A schema of its own in the run's <see cref="PostgresCluster"/>.</summary>
public sealed class PostgresTestDatabase(PostgresCluster cluster) : ITestStateDatabase
{
    private readonly OpenedStorages _opened = new();

    public string ConnectionString { get; } = cluster.CreateSchema();

    public IDocumentStore Open() => _opened.Track(new PostgresDocumentStore(ConnectionString));

    public void Restart() => _opened.DisposeAll();

    public void InsertRaw(string key, string json)
    {
        using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        using var command = dataSource.CreateCommand("INSERT INTO bot_state (state_key, state_json, updated_at) VALUES (@key, @json, now())");
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("json", json);
        command.ExecuteNonQuery();
    }

    // The schema goes with the cluster at the end of the run.
    public void Dispose() => Restart();
}

/// <summary>
/// The memory store as a test database: one store stands for the database, and a restart keeps it (the store is the
/// process's, so a real restart would lose it: tests of restarts run on the SQL stores).
/// </summary>
public sealed class MemoryTestDatabase : ITestStateDatabase
{
    private readonly MemoryDocumentStore _store = new();

    public IDocumentStore Open() => _store;

    public void Restart()
    {
    }

    public void InsertRaw(string key, string json) =>
        _store.WriteAsync([new DocumentWrite(key, json, DocumentWrite.AnyETag)], CancellationToken.None).GetAwaiter().GetResult();

    public void Dispose()
    {
    }
}

/// <summary>A test class written once over <see cref="ITestStateDatabase"/>: each provider's subclass passes its own.</summary>
public abstract class StateDatabaseTest(ITestStateDatabase database) : IDisposable
{
    protected ITestStateDatabase Database { get; } = database;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
