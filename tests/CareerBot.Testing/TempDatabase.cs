using CareerBot.Application.Documents;
using CareerBot.Storage;
using Microsoft.Data.Sqlite;

namespace CareerBot.Testing;

/// <summary>A SQLite file of its own for one test, removed afterwards with its WAL side files.</summary>
public sealed class TempDatabase : ITestStateDatabase
{
    public TempDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"careerbot-test-{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    private readonly OpenedStorages _opened = new();

    public IDocumentStore Open() => _opened.Track(new SqliteDocumentStore(ConnectionString));

    /// <summary>
    /// Closes every connection to the file, as a process exit would: the storages opened so far keep theirs open until
    /// disposed, and the pool keeps the rest.
    /// </summary>
    public void Restart()
    {
        _opened.DisposeAll();
        ClosePooledConnections();
    }

    /// <summary>Closes pooled connections, as a process exit would, so the next storage opens the file afresh.</summary>
    public void ClosePooledConnections()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public void InsertRaw(string key, string json)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO bot_state (state_key, state_json, updated_utc) VALUES ($key, $json, '')";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", json);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Restart();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
