using CareerBot.Bot.Storage;
using CareerBot.Bot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CareerBot.Bot.Tests.Storage;

/// <summary>The shared contract against a SQLite file, plus what only SQLite has (files, memory modes, WAL).</summary>
public sealed class SqliteStorageTests : SqlStateStorageContract
{
    private readonly TempDatabase _sqlite;

    public SqliteStorageTests()
        : this(new TempDatabase())
    {
    }

    private SqliteStorageTests(TempDatabase sqlite)
        : base(sqlite) => _sqlite = sqlite;

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=")]
    [InlineData("Data Source=state;Mode=Memory")]
    public void A_connection_string_whose_database_would_not_outlive_a_connection_is_refused(string connectionString)
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteStorage(connectionString));

        Assert.Contains("memory provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_in_memory_database_works_while_a_connection_holds_it()
    {
        var connectionString = $"Data Source=shared-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        using var keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        var storage = new SqliteStorage(connectionString);

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new RecordedAnswer("plan", "v") });

        Assert.Equal(new RecordedAnswer("plan", "v"), (await storage.ReadAsync(["k"]))["k"]);
    }

    [Fact]
    public async Task The_file_is_in_WAL_mode_once_used()
    {
        await new SqliteStorage(_sqlite.ConnectionString).ReadAsync(["any"]);

        using var connection = new SqliteConnection(_sqlite.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }
}
