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
    public void Statements_are_kept_prepared_and_sessions_not_reset_unless_the_connection_string_says_otherwise()
    {
        using var defaults = new PostgresDocumentStore("Host=db.example;Database=careerbot");
        using var chosen = new PostgresDocumentStore("Host=db.example;Database=careerbot;Max Auto Prepare=0;NoResetOnClose=false");

        var given = new NpgsqlConnectionStringBuilder(defaults.ConnectionString);
        var kept = new NpgsqlConnectionStringBuilder(chosen.ConnectionString);

        Assert.Equal((16, true), (given.MaxAutoPrepare, given.NoResetOnClose));
        Assert.Equal((0, false), (kept.MaxAutoPrepare, kept.NoResetOnClose));
    }

    [StorageFact]
    public async Task Writes_that_arrive_together_share_commits()
    {
        await using var storage = new PostgresDocumentStore(_postgres.ConnectionString);
        await storage.ReadAsync(["any"], default);

        var written = await AtOnceAsync(64, i => storage.WriteAsync([DocumentWrite.Put($"doc/{i}", "{}", null)], default));

        Assert.Equal(64, written.Length);
        Assert.Equal(64, storage.WritesCommitted);
        Assert.InRange(storage.Commits, 1, 63);
    }

    [StorageFact]
    public async Task A_write_the_server_refuses_fails_alone_and_the_writes_committed_with_it_land()
    {
        // One connection for everything: the one whose commit was refused serves the next writes (its transaction
        // rolled back when it went back to the pool).
        await using var storage = new PostgresDocumentStore(_postgres.ConnectionString + ";Maximum Pool Size=1");
        await storage.ReadAsync(["any"], default);

        // PostgreSQL's text cannot hold U+0000: the server refuses the 6th writer's statement, and with it the whole
        // commit it shares. Rounds until it did share one (it may go alone when the others are quicker).
        for (var round = 0; round < 10 && storage.RefusedCommits == 0; round++)
        {
            var refused = new List<int>();
            var keys = Enumerable.Range(0, 16).Select(i => $"round{round}/doc/{i}").ToArray();
            await AtOnceAsync(keys.Length, async i =>
            {
                try
                {
                    await storage.WriteAsync([DocumentWrite.Put(keys[i], i == 5 ? "{\"nul\":\"\u0000\"}" : $$"""{"n":{{i}}}""", null)], default);
                }
                catch (PostgresException)
                {
                    lock (refused)
                    {
                        refused.Add(i);
                    }
                }
            });

            Assert.Equal([5], refused);
            var found = await storage.ReadAsync(keys, default);
            Assert.Equal(keys.Where((_, i) => i != 5).Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        }

        Assert.Equal(1, storage.RefusedCommits);
        await storage.WriteAsync([DocumentWrite.Put("after", "{}", null)], default);
        Assert.Equal("{}", (await storage.ReadAsync(["after"], default))["after"].Json);
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
