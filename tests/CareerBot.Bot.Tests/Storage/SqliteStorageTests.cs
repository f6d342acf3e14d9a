using System.Data;
using CareerBot.Bot.Storage;
using CareerBot.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

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
        await using var storage = new SqliteStorage(connectionString);

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new RecordedAnswer("plan", "v") });

        Assert.Equal(new RecordedAnswer("plan", "v"), (await storage.ReadAsync(["k"]))["k"]);
    }

    [Fact]
    public async Task The_file_is_in_WAL_mode_once_used()
    {
        await using (var storage = new SqliteStorage(_sqlite.ConnectionString))
        {
            await storage.ReadAsync(["any"]);
        }

        using var connection = new SqliteConnection(_sqlite.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public async Task A_writer_queues_behind_another_in_this_process_without_blocking_its_caller()
    {
        await using var storage = new SqliteStorage(_sqlite.ConnectionString);
        await using var other = new SqliteStorage(_sqlite.ConnectionString);
        await storage.WriteAsync(new Dictionary<string, object> { ["stalled"] = new CounterItem { Count = 0 } });
        await other.ReadAsync(["any"]);
        var item = new StallingItem();
        var stalled = Task.Run(() => storage.WriteAsync(new Dictionary<string, object> { ["stalled"] = item }));
        Task queued, queuedOnOther;
        try
        {
            // From here until the release the first writer holds SQLite's write lock.
            await item.Inside.WaitAsync(TimeSpan.FromSeconds(10));

            // Called on this thread: a writer that met the lock in SQLite would block right here, in
            // Microsoft.Data.Sqlite's Thread.Sleep(150) retries, until its command timeout.
            queued = storage.WriteAsync(new Dictionary<string, object> { ["a"] = new RecordedAnswer("plan", "a") });
            queuedOnOther = other.WriteAsync(new Dictionary<string, object> { ["b"] = new RecordedAnswer("plan", "b") });

            Assert.False(queued.IsCompleted);
            Assert.False(queuedOnOther.IsCompleted);
        }
        finally
        {
            item.Release();
        }

        await Task.WhenAll(stalled, queued, queuedOnOther).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["a", "b", "stalled"], (await storage.ReadAsync(["stalled", "a", "b"])).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Writes_that_queue_are_committed_together_and_a_failing_one_fails_alone()
    {
        await using var storage = new SqliteStorage(_sqlite.ConnectionString);
        await storage.WriteAsync(new Dictionary<string, object> { ["stalled"] = new CounterItem { Count = 0 }, ["item"] = new CounterItem { Count = 1 } });
        var item = new StallingItem();
        var stalled = Task.Run(() => storage.WriteAsync(new Dictionary<string, object> { ["stalled"] = item }));
        Task first, conflicting, last;
        try
        {
            await item.Inside.WaitAsync(TimeSpan.FromSeconds(10));
            first = storage.WriteAsync(new Dictionary<string, object> { ["a"] = new RecordedAnswer("plan", "a") });
            conflicting = storage.WriteAsync(new Dictionary<string, object>
            {
                ["b"] = new RecordedAnswer("plan", "b"),
                ["item"] = new CounterItem { Count = 2, ETag = "stale" },
            });
            last = storage.WriteAsync(new Dictionary<string, object> { ["c"] = new RecordedAnswer("plan", "c") });
        }
        finally
        {
            item.Release();
        }

        await Task.WhenAll(stalled, first, last).WaitAsync(TimeSpan.FromSeconds(10));
        var conflict = await Assert.ThrowsAsync<ArgumentException>(() => conflicting);
        Assert.StartsWith("Etag conflict.", conflict.Message, StringComparison.Ordinal);

        // The conflicting write is all or nothing: its other key is not written either.
        var stored = await storage.ReadAsync(["a", "b", "c", "item"]);
        Assert.Equal(["a", "c", "item"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, ((CounterItem)stored["item"]).Count);
    }

    [Fact]
    public async Task Many_concurrent_writes_all_land()
    {
        await using var storage = new SqliteStorage(_sqlite.ConnectionString);
        var keys = Enumerable.Range(0, 300).Select(i => "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        await Task.WhenAll(keys.Select(k => Task.Run(() => storage.WriteAsync(new Dictionary<string, object> { [k] = new RecordedAnswer("plan", k) }))));

        var stored = await storage.ReadAsync(keys);
        Assert.Equal(keys.Length, stored.Count);
        Assert.All(keys, k => Assert.Equal(new RecordedAnswer("plan", k), stored[k]));
    }

    [Fact]
    public async Task A_write_waits_for_another_processes_write_lock_and_then_lands()
    {
        await using var storage = new SqliteStorage(_sqlite.ConnectionString);
        await storage.ReadAsync(["any"]);
        using var otherProcess = new SqliteConnection(_sqlite.ConnectionString + ";Pooling=False");
        otherProcess.Open();
        var lockHeld = otherProcess.BeginTransaction(deferred: false);

        var write = Task.Run(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = new RecordedAnswer("plan", "v") }));
        await Task.Delay(300);
        Assert.False(write.IsCompleted);
        lockHeld.Commit();

        await write.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(new RecordedAnswer("plan", "v"), (await storage.ReadAsync(["k"]))["k"]);
    }

    [Theory]
    [InlineData("", 30_000)]
    [InlineData(";Default Timeout=5", 5_000)]
    public async Task The_connections_sync_NORMAL_and_let_SQLite_wait_out_other_processes_for_the_command_timeout(string extra, long busyTimeout)
    {
        var connectionString = new SqliteConnectionStringBuilder(_sqlite.ConnectionString + extra).ToString();
        await using (var storage = new SqliteStorage(connectionString))
        {
            await storage.ReadAsync(["any"]);
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
        await using var storage = new SqliteStorage(_sqlite.ConnectionString);
        await storage.ReadAsync(["any"]);
        var emptyFile = new FileInfo(_sqlite.Path).Length;
        var text = new string('x', 2_000);

        // Sequential writes, each its own commit, as many as turns that would fill SQLite's default WAL.
        for (var i = 0; i < 600; i++)
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new RecordedAnswer(text, "v") });
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
        await using var storage = new SqliteStorage(_sqlite.ConnectionString);
        var json = """{"languageTag":"zh-CN","answers":{"plan":{"text":"我想带团队"}}}""";
        async Task TurnAsync(int turn)
        {
            var read = await storage.ReadAsync(["conversation"]);
            var item = read.TryGetValue("item", out var stored) ? (CounterItem)stored : new CounterItem();
            item.Count = turn;
            await storage.WriteAsync(new Dictionary<string, object> { ["conversation"] = new StateDocument { Json = json }, ["item"] = item });
            await storage.DeleteAsync(["gone"]);
            await storage.ReadAsync(["item"]);
        }

        await TurnAsync(0);
        var made = storage.CommandsMade;

        // Fewer writes than start a background checkpoint, which borrows the idle read connection, so that a read
        // meanwhile would open (and prepare on) another.
        for (var turn = 1; turn <= 100; turn++)
        {
            await TurnAsync(turn);
        }

        Assert.Equal(made, storage.CommandsMade);
        var stored = await storage.ReadAsync(["conversation", "item"]);
        Assert.Equal(json, Assert.IsType<StateDocument>(stored["conversation"]).Json);
        Assert.Equal(100, Assert.IsType<CounterItem>(stored["item"]).Count);
    }

    [Fact]
    public async Task Many_concurrent_turns_each_read_back_what_they_wrote()
    {
        await using var storage = new SqliteStorage(_sqlite.ConnectionString);
        const int Callers = 32;
        const int Turns = 25;

        // Each caller owns a key, so an ETag conflict would be a storage fault; every turn also writes one shared key.
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            var key = "counter/" + caller.ToString(System.Globalization.CultureInfo.InvariantCulture);
            for (var turn = 0; turn < Turns; turn++)
            {
                var read = await storage.ReadAsync([key]);
                var item = read.TryGetValue(key, out var stored) ? (CounterItem)stored : new CounterItem();
                Assert.Equal(turn, item.Count);
                item.Count++;
                await storage.WriteAsync(new Dictionary<string, object> { [key] = item, ["shared"] = new RecordedAnswer("plan", key) });
            }
        })));

        var keys = Enumerable.Range(0, Callers).Select(c => "counter/" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var counters = await storage.ReadAsync(keys);
        Assert.All(keys, k => Assert.Equal(Turns, ((CounterItem)counters[k]).Count));

        // A burst opens more read connections than are kept; the rest are closed as they come back.
        Assert.InRange(storage.HeldConnections.Count, 1, (Environment.ProcessorCount * 2) + 1);
    }

    [Fact]
    public async Task Connections_closed_underneath_are_replaced()
    {
        await using var storage = new SqliteStorage(_sqlite.ConnectionString);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new RecordedAnswer("plan", "a") });
        await storage.ReadAsync(["a"]);
        var closed = storage.HeldConnections;
        Assert.Equal(2, closed.Count);

        foreach (var connection in closed)
        {
            connection.Close();
        }

        await storage.WriteAsync(new Dictionary<string, object> { ["b"] = new RecordedAnswer("plan", "b") });
        Assert.Equal(["a", "b"], (await storage.ReadAsync(["a", "b"])).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, storage.HeldConnections.Count);
        Assert.All(storage.HeldConnections, c => Assert.Equal(ConnectionState.Open, c.State));
        Assert.Empty(storage.HeldConnections.Intersect(closed));
    }

    [Fact]
    public async Task A_write_that_cannot_take_the_lock_fails_and_the_next_one_lands()
    {
        await using var storage = new SqliteStorage(_sqlite.ConnectionString + ";Default Timeout=1");
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new RecordedAnswer("plan", "a") });
        using (var otherProcess = new SqliteConnection(_sqlite.ConnectionString + ";Pooling=False"))
        {
            otherProcess.Open();
            using var lockHeld = otherProcess.BeginTransaction(deferred: false);

            var busy = await Assert.ThrowsAsync<SqliteException>(() => storage.WriteAsync(new Dictionary<string, object> { ["b"] = new RecordedAnswer("plan", "b") }));
            Assert.Equal(5, busy.SqliteErrorCode); // SQLITE_BUSY
        }

        await storage.WriteAsync(new Dictionary<string, object> { ["c"] = new RecordedAnswer("plan", "c") });
        Assert.Equal(["a", "c"], (await storage.ReadAsync(["a", "b", "c"])).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Disposing_the_storage_commits_what_is_queued_then_closes_its_connections()
    {
        var storage = new SqliteStorage(_sqlite.ConnectionString);
        await storage.ReadAsync(["any"]);
        var keys = Enumerable.Range(0, 20).Select(i => "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var queued = keys.Select(k => storage.WriteAsync(new Dictionary<string, object> { [k] = new RecordedAnswer("plan", k) })).ToList();

        // Clearing the pool closes only connections no one holds: the storage's stay open, and so does the WAL.
        _sqlite.ClosePooledConnections();
        Assert.True(File.Exists(_sqlite.Path + "-wal"));

        await storage.DisposeAsync();
        await Task.WhenAll(queued).WaitAsync(TimeSpan.FromSeconds(10));
        _sqlite.ClosePooledConnections();

        // The last connection to close checkpoints the WAL into the file and deletes it.
        Assert.False(File.Exists(_sqlite.Path + "-wal"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.ReadAsync(["k0"]));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteAsync(new Dictionary<string, object> { ["late"] = new RecordedAnswer("plan", "late") }));
        Assert.Equal(keys.Length, (await _sqlite.Open().ReadAsync(keys)).Count);
    }

    /// <summary>
    /// A store item whose ETag, which serialization skips and only the write transaction's ETag check reads, holds that
    /// transaction open until <see cref="Release"/>.
    /// </summary>
    public sealed class StallingItem : IStoreItem
    {
        private readonly TaskCompletionSource _inside = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        [JsonIgnore]
        public string ETag
        {
            get
            {
                _inside.TrySetResult();
                _release.Task.GetAwaiter().GetResult();
                return "*";
            }

            set
            {
            }
        }

        [JsonIgnore]
        public Task Inside => _inside.Task;

        public void Release() => _release.TrySetResult();
    }
}
