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

    [Fact]
    public async Task A_writer_queues_behind_another_in_this_process_without_blocking_its_caller()
    {
        var storage = new SqliteStorage(_sqlite.ConnectionString);
        var other = new SqliteStorage(_sqlite.ConnectionString);
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
        var storage = new SqliteStorage(_sqlite.ConnectionString);
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
        var storage = new SqliteStorage(_sqlite.ConnectionString);
        var keys = Enumerable.Range(0, 300).Select(i => "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        await Task.WhenAll(keys.Select(k => Task.Run(() => storage.WriteAsync(new Dictionary<string, object> { [k] = new RecordedAnswer("plan", k) }))));

        var stored = await storage.ReadAsync(keys);
        Assert.Equal(keys.Length, stored.Count);
        Assert.All(keys, k => Assert.Equal(new RecordedAnswer("plan", k), stored[k]));
    }

    [Fact]
    public async Task A_write_waits_for_another_processes_write_lock_and_then_lands()
    {
        var storage = new SqliteStorage(_sqlite.ConnectionString);
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
        await new SqliteStorage(connectionString).ReadAsync(["any"]);

        // The pool hands back the one connection the storage used.
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
        var storage = new SqliteStorage(_sqlite.ConnectionString);
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
