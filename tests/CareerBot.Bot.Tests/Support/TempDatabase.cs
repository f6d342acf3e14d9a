using Microsoft.Data.Sqlite;

namespace CareerBot.Bot.Tests.Support;

/// <summary>A SQLite file of its own for one test, removed afterwards with its WAL side files.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"careerbot-test-{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>Closes pooled connections, as a process exit would, so the next storage opens the file afresh.</summary>
    public void ClosePooledConnections()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public void Dispose()
    {
        ClosePooledConnections();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
