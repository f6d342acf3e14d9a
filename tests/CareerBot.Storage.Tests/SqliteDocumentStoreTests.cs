using System.Data;
using System.Globalization;
using CareerBot.Application.Documents;
using CareerBot.Testing;
using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Tests;

/// <summary>The shared contract against a SQLite file, plus what only SQLite has (files, memory modes, WAL).</summary>
public sealed class SqliteDocumentStoreTests : DocumentStoreContract
{
    private readonly TempDatabase _sqlite;

    public SqliteDocumentStoreTests()
        : this(new TempDatabase())
    {
    }

    private SqliteDocumentStoreTests(TempDatabase sqlite)
        : base(sqlite) => _sqlite = sqlite;

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=")]
    [InlineData("Data Source=state;Mode=Memory")]
    public void A_connection_string_whose_database_would_not_outlive_a_connection_is_refused(string connectionString)
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteDocumentStore(connectionString));

        Assert.Contains("memory provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_in_memory_database_works_while_a_connection_holds_it()
    {
        var connectionString = $"Data Source=shared-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        using var keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        await using var storage = new SqliteDocumentStore(connectionString);

        await storage.WriteAsync([Doc("k", "v")], default);

        Assert.Equal(Json("v"), (await storage.ReadAsync(["k"], default))["k"].Json);
    }

    [Fact]
    public async Task The_file_is_in_WAL_mode_once_used()
    {
        await using (var storage = new SqliteDocumentStore(_sqlite.ConnectionString))
        {
            await storage.ReadAsync(["any"], default);
        }

        using var connection = new SqliteConnection(_sqlite.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public async Task Writers_queue_behind_the_write_lock_without_blocking_their_callers()
    {
        await using var storage = new SqliteDocumentStore(_sqlite.ConnectionString);
        await using var other = new SqliteDocumentStore(_sqlite.ConnectionString);
        await storage.ReadAsync(["any"], default);
        await other.ReadAsync(["any"], default);
        Task first, second, onOther;
        using (var otherProcess = new SqliteConnection(_sqlite.ConnectionString + ";Pooling=False"))
        {
            otherProcess.Open();
            using var lockHeld = otherProcess.BeginTransaction(deferred: false);

            // Called on this thread: a writer that met the lock in SQLite would block right here, in
            // Microsoft.Data.Sqlite's Thread.Sleep(150) retries, until its command timeout.
            first = storage.WriteAsync([Doc("a", "a")], default);
            second = storage.WriteAsync([Doc("b", "b")], default);
            onOther = other.WriteAsync([Doc("c", "c")], default);
            await Task.Delay(200);

            Assert.False(first.IsCompleted);
            Assert.False(second.IsCompleted);
            Assert.False(onOther.IsCompleted);
            lockHeld.Commit();
        }

        await Task.WhenAll(first, second, onOther).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["a", "b", "c"], (await storage.ReadAsync(["a", "b", "c"], default)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Writes_that_queue_are_committed_together_and_a_conflicting_one_fails_alone()
    {
        await using var storage = new SqliteDocumentStore(_sqlite.ConnectionString);
        await storage.WriteAsync([Doc("item", "1")], default);
        Task first, conflicting, last;
        using (var otherProcess = new SqliteConnection(_sqlite.ConnectionString + ";Pooling=False"))
        {
            otherProcess.Open();
            using var lockHeld = otherProcess.BeginTransaction(deferred: false);
            first = storage.WriteAsync([Doc("a", "a")], default);
            conflicting = storage.WriteAsync([Doc("b", "b"), DocumentWrite.Put("item", Json("2"), "stale")], default);
            last = storage.WriteAsync([Doc("c", "c")], default);
            lockHeld.Commit();
        }

        await Task.WhenAll(first, last).WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<DocumentConflictException>(() => conflicting);

        // The conflicting write is all or nothing: its other key is not written either.
        var stored = await storage.ReadAsync(["a", "b", "c", "item"], default);
        Assert.Equal(["a", "c", "item"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Json("1"), stored["item"].Json);
    }

    [Fact]
    public async Task Many_concurrent_writes_all_land()
    {
        await using var storage = new SqliteDocumentStore(_sqlite.ConnectionString);
        var keys = Enumerable.Range(0, 300).Select(i => "k" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

        await Task.WhenAll(keys.Select(k => Task.Run(() => storage.WriteAsync([Doc(k, k)], default))));

        var stored = await storage.ReadAsync(keys, default);
        Assert.Equal(keys.Length, stored.Count);
        Assert.All(keys, k => Assert.Equal(Json(k), stored[k].Json));
    }

    [Fact]
    public async Task A_write_waits_for_another_processes_write_lock_and_then_lands()
    {
        await using var storage = new SqliteDocumentStore(_sqlite.ConnectionString);
        await storage.ReadAsync(["any"], default);
        using var otherProcess = new SqliteConnection(_sqlite.ConnectionString + ";Pooling=False");
        otherProcess.Open();
        var lockHeld = otherProcess.BeginTransaction(deferred: false);

        var write = Task.Run(() => storage.WriteAsync([Doc("k", "v")], default));
        await Task.Delay(300);
        Assert.False(write.IsCompleted);
        lockHeld.Commit();

        await write.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Json("v"), (await storage.ReadAsync(["k"], default))["k"].Json);
    }

    [Theory]
    [InlineData("", 30_000)]
    [InlineData(";Default Timeout=5", 5_000)]
    public async Task The_connections_sync_NORMAL_and_let_SQLite_wait_out_other_processes_for_the_command_timeout(string extra, long busyTimeout)
    {
        var connectionString = new SqliteConnectionStringBuilder(_sqlite.ConnectionString + extra).ToString();
        await using (var storage = new SqliteDocumentStore(connectionString))
        {
            await storage.ReadAsync(["any"], default);
        }

        // Closed by the storage, its one read connection went back to the pool, which hands it out again.
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(1L, command.ExecuteScalar());
        command.CommandText = "PRAGMA busy_timeout";
        Assert.Equal(busyTimeout, command.ExecuteScalar());
        command.CommandText = "PRAGMA wal_autocheckpoint";
        Assert.Equal(0L, command.ExecuteScalar());
        SqliteConnection.ClearPool(connection);
    }

    [Fact]
    public async Task Commits_reach_the_database_file_while_the_storage_is_in_use_not_only_when_it_closes()
    {
        await using var storage = new SqliteDocumentStore(_sqlite.ConnectionString);
        await storage.ReadAsync(["any"], default);
        var emptyFile = new FileInfo(_sqlite.Path).Length;
        var text = new string('x', 2_000);

        // Sequential writes, each its own commit, as many as turns that would fill SQLite's default WAL.
        for (var i = 0; i < 600; i++)
        {
            await storage.WriteAsync([Doc("k" + i.ToString(CultureInfo.InvariantCulture), text)], default);
        }

        // Autocheckpoint is off on every connection, so only the storage's own checkpoints (every few hundred writes)
        // can have moved most of the rows from the WAL into the file.
        var expected = emptyFile + (400 * 2_000);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo(_sqlite.Path).Length < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(new FileInfo(_sqlite.Path).Length >= expected, $"database file {new FileInfo(_sqlite.Path).Length} bytes, expected {expected}");
    }

    [Fact]
    public async Task Turns_after_the_first_run_the_statements_it_prepared()
    {
        await using var storage = new SqliteDocumentStore(_sqlite.ConnectionString);
        var json = """{"languageTag":"zh-CN","answers":{"plan":{"text":"我想带团队"}}}""";
        async Task TurnAsync(int turn)
        {
            var read = await storage.ReadAsync(["conversation", "person"], default);
            await storage.WriteAsync(
                [DocumentWrite.Put("conversation", json, read.GetValueOrDefault("conversation")?.ETag), DocumentWrite.Put("person", Json(turn.ToString(CultureInfo.InvariantCulture)), read.GetValueOrDefault("person")?.ETag)],
                default);
            await storage.WriteAsync([DocumentWrite.DeleteAny("gone")], default);
            await storage.ReadAsync(["person"], default);
        }

        await TurnAsync(0);
        await TurnAsync(1);
        var made = storage.CommandsMade;

        // Fewer writes than start a background checkpoint, which borrows the idle read connection, so that a read
        // meanwhile would open (and prepare on) another.
        for (var turn = 2; turn <= 100; turn++)
        {
            await TurnAsync(turn);
        }

        Assert.Equal(made, storage.CommandsMade);
        var stored = await storage.ReadAsync(["conversation", "person"], default);
        Assert.Equal(json, stored["conversation"].Json);
        Assert.Equal(Json("100"), stored["person"].Json);
    }

    [Fact]
    public async Task Many_concurrent_turns_each_read_back_what_they_wrote()
    {
        await using var storage = new SqliteDocumentStore(_sqlite.ConnectionString);
        const int Callers = 32;
        const int Turns = 25;

        // Each caller owns a key, so an ETag conflict would be a storage fault; every turn also writes one shared key.
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            var key = "counter/" + caller.ToString(CultureInfo.InvariantCulture);
            for (var turn = 0; turn < Turns; turn++)
            {
                var read = (await storage.ReadAsync([key], default)).GetValueOrDefault(key);
                Assert.Equal(turn == 0 ? null : Json(turn.ToString(CultureInfo.InvariantCulture)), read?.Json);
                await storage.WriteAsync(
                    [DocumentWrite.Put(key, Json((turn + 1).ToString(CultureInfo.InvariantCulture)), read?.ETag), new DocumentWrite("shared", Json(key), DocumentWrite.AnyETag)],
                    default);
            }
        })));

        var keys = Enumerable.Range(0, Callers).Select(c => "counter/" + c.ToString(CultureInfo.InvariantCulture)).ToArray();
        var counters = await storage.ReadAsync(keys, default);
        Assert.All(keys, k => Assert.Equal(Json(Turns.ToString(CultureInfo.InvariantCulture)), counters[k].Json));

        // A burst opens more read connections than are kept; the rest are closed as they come back.
        Assert.InRange(storage.HeldConnections.Count, 1, (Environment.ProcessorCount * 2) + 1);
    }

    [Fact]
    public async Task Connections_closed_underneath_are_replaced()
    {
        await using var storage = new SqliteDocumentStore(_sqlite.ConnectionString);
        await storage.WriteAsync([Doc("a", "a")], default);
        await storage.ReadAsync(["a"], default);
        var closed = storage.HeldConnections;
        Assert.Equal(2, closed.Count);

        foreach (var connection in closed)
        {
            connection.Close();
        }

        await storage.WriteAsync([Doc("b", "b")], default);
        Assert.Equal(["a", "b"], (await storage.ReadAsync(["a", "b"], default)).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, storage.HeldConnections.Count);
        Assert.All(storage.HeldConnections, c => Assert.Equal(ConnectionState.Open, c.State));
        Assert.Empty(storage.HeldConnections.Intersect(closed));
    }

    [Fact]
    public async Task A_write_that_cannot_take_the_lock_fails_and_the_next_one_lands()
    {
        await using var storage = new SqliteDocumentStore(_sqlite.ConnectionString + ";Default Timeout=1");
        await storage.WriteAsync([Doc("a", "a")], default);
        using (var otherProcess = new SqliteConnection(_sqlite.ConnectionString + ";Pooling=False"))
        {
            otherProcess.Open();
            using var lockHeld = otherProcess.BeginTransaction(deferred: false);

            var busy = await Assert.ThrowsAsync<SqliteException>(() => storage.WriteAsync([Doc("b", "b")], default));
            Assert.Equal(5, busy.SqliteErrorCode); // SQLITE_BUSY
        }

        await storage.WriteAsync([Doc("c", "c")], default);
        Assert.Equal(["a", "c"], (await storage.ReadAsync(["a", "b", "c"], default)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Disposing_the_storage_commits_what_is_queued_then_closes_its_connections()
    {
        var storage = new SqliteDocumentStore(_sqlite.ConnectionString);
        await storage.ReadAsync(["any"], default);
        var keys = Enumerable.Range(0, 20).Select(i => "k" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var queued = keys.Select(k => storage.WriteAsync([Doc(k, k)], default)).ToList();

        // Clearing the pool closes only connections no one holds: the storage's stay open, and so does the WAL.
        _sqlite.ClosePooledConnections();
        Assert.True(File.Exists(_sqlite.Path + "-wal"));

        await storage.DisposeAsync();
        await Task.WhenAll(queued).WaitAsync(TimeSpan.FromSeconds(10));
        _sqlite.ClosePooledConnections();

        // The last connection to close checkpoints the WAL into the file and deletes it.
        Assert.False(File.Exists(_sqlite.Path + "-wal"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.ReadAsync(["k0"], default));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteAsync([Doc("late", "late")], default));
        Assert.Equal(keys.Length, (await _sqlite.Open().ReadAsync(keys, default)).Count);
    }

    /// <summary>A document written whatever is stored (these tests are about SQLite, not about ETags).</summary>
    private static DocumentWrite Doc(string key, string value) => new(key, Json(value), DocumentWrite.AnyETag);

    private static string Json(string value) => $$"""{"value":"{{value}}"}""";
}
