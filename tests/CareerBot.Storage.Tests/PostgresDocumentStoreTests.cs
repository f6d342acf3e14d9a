using CareerBot.Application.Documents;
using CareerBot.Testing;
using Npgsql;

namespace CareerBot.Storage.Tests;

/// <summary>The shared contract against PostgreSQL (a schema of its own per test), plus the table's own shape.</summary>
[Collection(PostgresTests.Name)]
[RequiresPostgres]
public sealed class PostgresDocumentStoreTests : DocumentStoreContract
{
    private readonly PostgresTestDatabase _postgres;

    public PostgresDocumentStoreTests(PostgresCluster cluster)
        : this(new PostgresTestDatabase(cluster))
    {
    }

    private PostgresDocumentStoreTests(PostgresTestDatabase postgres)
        : base(postgres) => _postgres = postgres;

    [StorageFact]
    public async Task The_table_is_created_on_first_use_with_the_documented_columns()
    {
        await using var storage = new PostgresDocumentStore(_postgres.ConnectionString);
        await storage.ReadAsync(["any"], default);

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
    public async Task A_document_is_kept_as_written_with_its_etag_in_its_column()
    {
        const string Json = """{"schema":1,"text":"我想带团队"}""";
        await using (var storage = new PostgresDocumentStore(_postgres.ConnectionString))
        {
            await storage.WriteAsync([DocumentWrite.Put("doc", Json, null)], default);
        }

        await using var dataSource = NpgsqlDataSource.Create(_postgres.ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT state_json, etag FROM bot_state WHERE state_key = 'doc'");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(Json, reader.GetString(0));
        Assert.Equal(32, reader.GetString(1).Length);
    }
}
