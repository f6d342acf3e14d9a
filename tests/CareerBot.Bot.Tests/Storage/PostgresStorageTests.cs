using CareerBot.Bot.Storage;
using CareerBot.Bot.Tests.Support;
using Npgsql;

namespace CareerBot.Bot.Tests.Storage;

/// <summary>The shared contract against PostgreSQL (a schema of its own per test), plus the table's own shape.</summary>
[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresStorageTests : SqlStateStorageContract
{
    private readonly PostgresTestDatabase _postgres;

    public PostgresStorageTests(PostgresCluster cluster)
        : this(new PostgresTestDatabase(cluster))
    {
    }

    private PostgresStorageTests(PostgresTestDatabase postgres)
        : base(postgres) => _postgres = postgres;

    [StorageFact]
    public async Task The_table_is_created_on_first_use_with_the_documented_columns()
    {
        await using var storage = new PostgresStorage(_postgres.ConnectionString);
        await storage.ReadAsync(["any"]);

        await using var dataSource = NpgsqlDataSource.Create(_postgres.ConnectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'bot_state' ORDER BY ordinal_position");
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0) + " " + reader.GetString(1));
            }
        }

        Assert.Equal(["state_key text", "etag text", "state_json text", "updated_at timestamp with time zone"], columns);
    }

    [StorageFact]
    public async Task State_is_kept_as_written_with_the_type_name_first_and_the_etag_in_its_column()
    {
        await using (var storage = new PostgresStorage(_postgres.ConnectionString))
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = 3 } });
        }

        await using var dataSource = NpgsqlDataSource.Create(_postgres.ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT state_json, etag, state_json::json->>'eTag' FROM bot_state WHERE state_key = 'item'");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.StartsWith("{\"$type\":\"CareerBot.Bot.Tests.Storage.CounterItem, CareerBot.Bot.Tests\"", reader.GetString(0), StringComparison.Ordinal);
        Assert.Equal(reader.GetString(1), reader.GetString(2));
    }

    [StorageFact]
    public async Task Two_storages_on_one_database_see_each_others_writes_and_etags()
    {
        await using var first = new PostgresStorage(_postgres.ConnectionString);
        await using var second = new PostgresStorage(_postgres.ConnectionString);
        await first.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = 1 } });
        var read = Assert.IsType<CounterItem>((await second.ReadAsync(["item"]))["item"]);

        read.Count = 2;
        await second.WriteAsync(new Dictionary<string, object> { ["item"] = read });

        var stale = new CounterItem { Count = 3, ETag = read.ETag };
        await Assert.ThrowsAsync<ArgumentException>(() => first.WriteAsync(new Dictionary<string, object> { ["item"] = stale }));
        Assert.Equal(2, Assert.IsType<CounterItem>((await first.ReadAsync(["item"]))["item"]).Count);
    }
}
