using CareerBot.Bot.Tests.Support;
using CareerBot.Bot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CareerBot.Bot.Tests.Storage;

/// <summary>
/// What every SQL state storage must do, written once and inherited by each provider's test class
/// (<see cref="SqliteStorageTests"/>, <see cref="PostgresStorageTests"/>): MemoryStorage's semantics, ETags, batches,
/// the type allow-list, restarts.
/// </summary>
public abstract class SqlStateStorageContract(ITestStateDatabase database) : StateDatabaseTest(database)
{
    [StorageFact]
    public async Task A_poco_with_nested_collections_reads_back_as_its_type_after_a_restart()
    {
        var written = new InterviewRecord
        {
            Name = "王小明",
            StartedAt = new DateTimeOffset(2026, 11, 29, 8, 30, 0, TimeSpan.FromHours(8)),
            Answers = [new RecordedAnswer("plan", "五年内成为产品专家"), new RecordedAnswer("scope", "module")],
            Scores = new Dictionary<string, List<int>> { ["level"] = [3, 4], ["stage"] = [] },
            Nested = new Dictionary<string, RecordedAnswer> { ["last"] = new RecordedAnswer("ai", "builder") },
        };
        await Database.Open().WriteAsync(new Dictionary<string, object> { ["user/1"] = written });

        Database.Restart();
        var items = await Database.Open().ReadAsync(["user/1"]);

        var read = Assert.IsType<InterviewRecord>(items["user/1"]);
        Assert.Equal(written.Name, read.Name);
        Assert.Equal(written.StartedAt, read.StartedAt);
        Assert.Equal(written.Answers, read.Answers);
        Assert.IsType<List<RecordedAnswer>>(read.Answers);
        Assert.Equal(written.Scores, read.Scores);
        Assert.Equal(written.Nested, read.Nested);
    }

    [StorageFact]
    public async Task Values_inside_an_object_dictionary_keep_their_types()
    {
        var storage = Database.Open();
        var bag = new Dictionary<string, object> { ["answer"] = new RecordedAnswer("goal", "lead"), ["count"] = 3L, ["when"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc) };
        await storage.WriteAsync(new Dictionary<string, object> { ["bag"] = bag });

        var read = Assert.IsType<Dictionary<string, object>>((await storage.ReadAsync(["bag"]))["bag"]);

        Assert.Equal(new RecordedAnswer("goal", "lead"), read["answer"]);
        Assert.Equal(3L, read["count"]);
        Assert.Equal(bag["when"], read["when"]);
    }

    [StorageFact]
    public async Task Missing_keys_are_left_out_and_keys_are_exact()
    {
        var storage = Database.Open();
        Assert.Empty(await storage.ReadAsync(["nothing-yet"]));

        await storage.WriteAsync(new Dictionary<string, object> { ["Key"] = new RecordedAnswer("plan", "x") });
        var items = await storage.ReadAsync(["Key", "key", "other", "Key"]);

        Assert.Equal(["Key"], items.Keys);
        Assert.Empty(await storage.ReadAsync([]));
    }

    [StorageFact]
    public async Task Delete_removes_only_the_given_keys_and_ignores_missing_ones()
    {
        var storage = Database.Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new RecordedAnswer("plan", "a"), ["b"] = new RecordedAnswer("plan", "b") });

        await storage.DeleteAsync(["a", "never-written"]);

        var items = await storage.ReadAsync(["a", "b"]);
        Assert.Equal(["b"], items.Keys);
    }

    [StorageFact]
    public async Task Writing_null_removes_the_value_as_MemoryStorage_does()
    {
        var storage = Database.Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new RecordedAnswer("plan", "a") });

        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = null! });

        Assert.Empty(await storage.ReadAsync(["a"]));
    }

    [StorageFact]
    public async Task Each_write_gives_a_store_item_a_new_etag_and_a_stale_one_conflicts()
    {
        var storage = Database.Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = 1 } });
        var first = Assert.IsType<CounterItem>((await storage.ReadAsync(["item"]))["item"]);
        Assert.False(string.IsNullOrEmpty(first.ETag));

        first.Count = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = first });
        var second = Assert.IsType<CounterItem>((await storage.ReadAsync(["item"]))["item"]);
        Assert.Equal(2, second.Count);
        Assert.NotEqual(first.ETag, second.ETag);

        // `first` still carries the etag `second` replaced.
        first.Count = 99;
        var conflict = await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(new Dictionary<string, object> { ["item"] = first }));
        Assert.StartsWith("Etag conflict.", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(2, Assert.IsType<CounterItem>((await storage.ReadAsync(["item"]))["item"]).Count);
    }

    // MemoryStorage calls a null ETag over an existing item a conflict; the persistent SDK storages, and this one, do not.
    [StorageTheory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task A_wildcard_or_null_etag_writes_whatever_is_stored(string? etag)
    {
        var storage = Database.Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = 1 } });

        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = 5, ETag = etag! } });

        var read = Assert.IsType<CounterItem>((await storage.ReadAsync(["item"]))["item"]);
        Assert.Equal(5, read.Count);
        Assert.NotEqual("*", read.ETag);
    }

    [StorageFact]
    public async Task The_conflict_is_the_same_exception_MemoryStorage_throws()
    {
        var memory = new MemoryStorage();
        var stored = Database.Open();
        foreach (IStorage storage in new IStorage[] { memory, stored })
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = 1 } });
            await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = 2, ETag = "*" } });
        }

        var expected = await Assert.ThrowsAsync<ArgumentException>(() => memory.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { ETag = "stale" } }, CancellationToken.None));
        var actual = await Assert.ThrowsAsync<ArgumentException>(() => stored.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { ETag = "stale" } }));

        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Message.Split('\r')[0], actual.Message.Split('\r')[0]);
    }

    [StorageFact]
    public async Task A_JObject_is_stored_as_given_without_etag_checks_as_MemoryStorage_does()
    {
        var memory = new MemoryStorage();
        var stored = Database.Open();
        foreach (IStorage storage in new IStorage[] { memory, stored })
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new JObject { ["eTag"] = "*", ["text"] = "one" } }, CancellationToken.None);
            await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new JObject { ["eTag"] = "stale", ["text"] = "two" } }, CancellationToken.None);
        }

        var expected = Assert.IsType<JObject>((await memory.ReadAsync(["doc"], CancellationToken.None))["doc"]);
        var actual = Assert.IsType<JObject>((await stored.ReadAsync(["doc"]))["doc"]);
        Assert.True(JToken.DeepEquals(expected, actual), actual.ToString());
    }

    [StorageFact]
    public async Task A_store_item_reads_back_like_MemoryStorage_apart_from_the_etag_value()
    {
        var memory = new MemoryStorage();
        var stored = Database.Open();
        foreach (IStorage storage in new IStorage[] { memory, stored })
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = 7 } }, CancellationToken.None);
        }

        var expected = Assert.IsType<CounterItem>((await memory.ReadAsync(["item"], CancellationToken.None))["item"]);
        var actual = Assert.IsType<CounterItem>((await stored.ReadAsync(["item"]))["item"]);
        Assert.Equal(expected.Count, actual.Count);
        Assert.NotNull(expected.ETag);
        Assert.NotNull(actual.ETag);
    }

    [StorageFact]
    public async Task A_batch_with_a_conflict_writes_nothing()
    {
        var storage = Database.Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = 1 } });

        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            ["fresh"] = new RecordedAnswer("plan", "x"),
            ["item"] = new CounterItem { Count = 2, ETag = "stale" },
        }));

        Assert.Equal(["item"], (await storage.ReadAsync(["fresh", "item"])).Keys);
    }

    [StorageFact]
    public async Task Concurrent_writes_to_different_keys_all_land()
    {
        var storage = Database.Open();

        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            storage.WriteAsync(new Dictionary<string, object> { [$"k{i}"] = new CounterItem { Count = i } }))));

        var items = await storage.ReadAsync(Enumerable.Range(0, 64).Select(i => $"k{i}").ToArray());
        Assert.Equal(64, items.Count);
        Assert.All(Enumerable.Range(0, 64), i => Assert.Equal(i, ((CounterItem)items[$"k{i}"]).Count));
    }

    [StorageFact]
    public async Task Of_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        var storage = Database.Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = 0 } });
        var etag = ((CounterItem)(await storage.ReadAsync(["item"]))["item"]).ETag;

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await Database.Open().WriteAsync(new Dictionary<string, object> { ["item"] = new CounterItem { Count = i, ETag = etag } });
                return true;
            }
            catch (ArgumentException e) when (e.Message.StartsWith("Etag conflict", StringComparison.Ordinal))
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
    }

    [StorageFact]
    public async Task A_state_document_reads_back_exactly_after_a_restart()
    {
        var json = """{"text":"我想带团队 \"lead\" \\ C:\\path}","emoji":"🎯","nested":{"list":[1,{"}":"{"}]}}""";
        await Database.Open().WriteAsync(new Dictionary<string, object> { ["conversation/1"] = new StateDocument { Json = json } });

        Database.Restart();
        var read = Assert.IsType<StateDocument>((await Database.Open().ReadAsync(["conversation/1"]))["conversation/1"]);

        Assert.Equal(json, read.Json);
    }

    [StorageFact]
    public async Task A_state_document_stored_by_the_previous_version_as_one_escaped_string_is_read()
    {
        var storage = Database.Open();
        await storage.ReadAsync(["any"]);
        var json = """{"languageTag":"zh-CN","answers":{"plan":{"text":"\u6211\u60F3 \"x\""}}}""";
        Database.InsertRaw("conversation/old", JsonConvert.SerializeObject(new StateDocument { Json = json }, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }));

        var read = Assert.IsType<StateDocument>((await storage.ReadAsync(["conversation/old"]))["conversation/old"]);

        Assert.Equal(json, read.Json);
    }

    [StorageTheory]
    [InlineData("""{"$type":"Xunit.FactAttribute, xunit.core","Skip":"x"}""")]
    [InlineData("""{"$type":"System.Collections.Generic.List`1[[Xunit.FactAttribute, xunit.core]], System.Private.CoreLib","$values":[]}""")]
    [InlineData("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[Xunit.FactAttribute, xunit.core, Version=2.9.3.0, Culture=neutral, PublicKeyToken=8d05b1bb7a6fdb6c]], System.Private.CoreLib"}""")]
    [InlineData("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","a":{"$type":"Xunit.FactAttribute, xunit.core"}}""")]
    public async Task A_stored_type_name_outside_the_allow_list_is_refused_on_read(string json)
    {
        var storage = Database.Open();
        await storage.ReadAsync(["any"]);
        Database.InsertRaw("evil", json);

        var refused = await Assert.ThrowsAsync<JsonSerializationException>(() => storage.ReadAsync(["evil"]));
        Assert.Contains("xunit.core", refused.Message + refused.InnerException?.Message, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task A_value_of_a_type_outside_the_allow_list_is_refused_on_write()
    {
        var storage = Database.Open();

        await Assert.ThrowsAsync<JsonSerializationException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["bag"] = new Dictionary<string, object> { ["x"] = new FactAttribute() } }));
        await Assert.ThrowsAsync<JsonSerializationException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["list"] = new List<FactAttribute>() }));
    }
}

public sealed class InterviewRecord
{
    public string Name { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public List<RecordedAnswer> Answers { get; set; } = [];

    public Dictionary<string, List<int>> Scores { get; set; } = [];

    public Dictionary<string, RecordedAnswer> Nested { get; set; } = [];
}

public sealed record RecordedAnswer(string QuestionId, string Text);

public sealed class CounterItem : IStoreItem
{
    public int Count { get; set; }

    public string ETag { get; set; } = null!;
}
