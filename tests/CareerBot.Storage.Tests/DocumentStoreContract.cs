using CareerBot.Application.Documents;
using CareerBot.Testing;

namespace CareerBot.Storage.Tests;

/// <summary>
/// What every document store must do, written once and inherited by each store's test class (SQLite, PostgreSQL,
/// memory): documents read back as written, every write conditional on an ETag, batches all or nothing, and of writers
/// racing on one ETag exactly one wins — in one process or several.
/// </summary>
public abstract class DocumentStoreContract(ITestStateDatabase database) : StateDatabaseTest(database)
{
    private const string Chinese = """{"text":"我想带团队 \"lead\" \\ C:\\path}","emoji":"🎯","nested":{"list":[1,{"}":"{"}]}}""";

    [StorageFact]
    public async Task A_document_reads_back_exactly_after_a_restart_with_an_etag()
    {
        await Database.Open().WriteAsync([DocumentWrite.Put("conversation/1", Chinese, readETag: null)], default);

        Database.Restart();
        var read = (await Database.Open().ReadAsync(["conversation/1"], default))["conversation/1"];

        Assert.Equal(Chinese, read.Json);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [StorageFact]
    public async Task Missing_keys_are_left_out_and_keys_are_exact()
    {
        var store = Database.Open();
        Assert.Empty(await store.ReadAsync(["nothing-yet"], default));

        await store.WriteAsync([DocumentWrite.Put("Key", "{}", null)], default);
        var found = await store.ReadAsync(["Key", "key", "other", "Key"], default);

        Assert.Equal(["Key"], found.Keys);
        Assert.Empty(await store.ReadAsync([], default));
    }

    [StorageFact]
    public async Task Creating_a_document_that_exists_conflicts_and_changes_nothing()
    {
        var store = Database.Open();
        await store.WriteAsync([DocumentWrite.Put("doc", """{"n":1}""", null)], default);

        var conflict = await Assert.ThrowsAsync<DocumentConflictException>(() => store.WriteAsync([DocumentWrite.Put("doc", """{"n":2}""", null)], default));

        Assert.Contains("'doc'", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("""{"n":1}""", (await store.ReadAsync(["doc"], default))["doc"].Json);
    }

    [StorageFact]
    public async Task Each_write_gives_a_new_etag_and_a_stale_one_conflicts()
    {
        var store = Database.Open();
        await store.WriteAsync([DocumentWrite.Put("doc", """{"n":1}""", null)], default);
        var first = (await store.ReadAsync(["doc"], default))["doc"];

        await store.WriteAsync([DocumentWrite.Put("doc", """{"n":2}""", first.ETag)], default);
        var second = (await store.ReadAsync(["doc"], default))["doc"];
        Assert.Equal("""{"n":2}""", second.Json);
        Assert.NotEqual(first.ETag, second.ETag);

        // The first ETag is stale now.
        await Assert.ThrowsAsync<DocumentConflictException>(() => store.WriteAsync([DocumentWrite.Put("doc", """{"n":99}""", first.ETag)], default));
        Assert.Equal("""{"n":2}""", (await store.ReadAsync(["doc"], default))["doc"].Json);
    }

    [StorageFact]
    public async Task Replacing_a_document_that_was_deleted_conflicts()
    {
        var store = Database.Open();
        await store.WriteAsync([DocumentWrite.Put("doc", "{}", null)], default);
        var read = (await store.ReadAsync(["doc"], default))["doc"];
        await store.WriteAsync([DocumentWrite.DeleteAny("doc")], default);

        await Assert.ThrowsAsync<DocumentConflictException>(() => store.WriteAsync([DocumentWrite.Put("doc", """{"n":1}""", read.ETag)], default));
        Assert.Empty(await store.ReadAsync(["doc"], default));
    }

    [StorageFact]
    public async Task Deletes_remove_only_their_keys_and_a_conditional_delete_checks_the_etag()
    {
        var store = Database.Open();
        await store.WriteAsync([DocumentWrite.Put("a", "{}", null), DocumentWrite.Put("b", "{}", null)], default);
        var b = (await store.ReadAsync(["b"], default))["b"];

        await store.WriteAsync([DocumentWrite.DeleteAny("a"), DocumentWrite.DeleteAny("never-written")], default);
        await Assert.ThrowsAsync<DocumentConflictException>(() => store.WriteAsync([new DocumentWrite("b", null, "stale")], default));
        Assert.Equal(["b"], (await store.ReadAsync(["a", "b"], default)).Keys);

        await store.WriteAsync([new DocumentWrite("b", null, b.ETag)], default);
        Assert.Empty(await store.ReadAsync(["a", "b"], default));
    }

    [StorageFact]
    public async Task A_batch_with_a_conflict_writes_nothing()
    {
        var store = Database.Open();
        await store.WriteAsync([DocumentWrite.Put("item", """{"n":1}""", null), DocumentWrite.Put("gone", "{}", null)], default);

        await Assert.ThrowsAsync<DocumentConflictException>(() => store.WriteAsync(
            [DocumentWrite.Put("fresh", "{}", null), DocumentWrite.DeleteAny("gone"), DocumentWrite.Put("item", """{"n":2}""", "stale")],
            default));

        var found = await store.ReadAsync(["fresh", "gone", "item"], default);
        Assert.Equal(["gone", "item"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("""{"n":1}""", found["item"].Json);
    }

    [StorageFact]
    public async Task A_row_stored_before_etags_reads_without_one_and_can_be_moved()
    {
        var store = Database.Open();
        await store.ReadAsync(["any"], default);
        Database.InsertRaw("test/users/u1", """{"$type":"x","Json":{}}""");

        var legacy = (await store.ReadAsync(["test/users/u1"], default))["test/users/u1"];
        Assert.Equal("""{"$type":"x","Json":{}}""", legacy.Json);

        await store.WriteAsync([DocumentWrite.Put("person/test//u1", "{}", null), DocumentWrite.DeleteAny("test/users/u1")], default);
        Assert.Equal(["person/test//u1"], (await store.ReadAsync(["test/users/u1", "person/test//u1"], default)).Keys);
    }

    [StorageFact]
    public async Task Keys_are_listed_by_prefix_and_infix_in_ordinal_order()
    {
        var store = Database.Open();
        string[] keys = ["person/b", "person/A", "conversation/x", "msteams/users/1", "webchat/users/2", "webchat/conversations/3"];
        await store.WriteAsync([.. keys.Select(k => DocumentWrite.Put(k, "{}", null))], default);

        Assert.Equal(["person/A", "person/b"], await store.KeysAsync("person/", string.Empty, default));
        Assert.Equal(["msteams/users/1", "webchat/users/2"], await store.KeysAsync(string.Empty, "/users/", default));
    }

    [StorageFact]
    public async Task Concurrent_writes_to_different_keys_all_land()
    {
        var store = Database.Open();
        var keys = Enumerable.Range(0, 64).Select(i => $"k{i}").ToArray();

        await Task.WhenAll(keys.Select(k => Task.Run(() => store.WriteAsync([DocumentWrite.Put(k, $$"""{"key":"{{k}}"}""", null)], default))));

        var found = await store.ReadAsync(keys, default);
        Assert.All(keys, k => Assert.Equal($$"""{"key":"{{k}}"}""", found[k].Json));
    }

    [StorageFact]
    public async Task Of_writers_in_several_processes_holding_the_same_etag_exactly_one_wins()
    {
        await Database.Open().WriteAsync([DocumentWrite.Put("item", """{"n":0}""", null)], default);
        var etag = (await Database.Open().ReadAsync(["item"], default))["item"].ETag;

        var won = await RaceAsync(i => DocumentWrite.Put("item", $$"""{"n":{{i}}}""", etag));

        var winner = Assert.Single(won);
        Assert.Equal($$"""{"n":{{winner}}}""", (await Database.Open().ReadAsync(["item"], default))["item"].Json);
    }

    [StorageFact]
    public async Task Of_writers_in_several_processes_creating_the_same_document_exactly_one_wins()
    {
        await Database.Open().ReadAsync(["any"], default);

        var won = await RaceAsync(i => DocumentWrite.Put("new", $$"""{"n":{{i}}}""", null));

        var winner = Assert.Single(won);
        Assert.Equal($$"""{"n":{{winner}}}""", (await Database.Open().ReadAsync(["new"], default))["new"].Json);
    }

    [StorageFact]
    public async Task Of_200_writers_on_one_store_holding_the_same_etags_exactly_one_wins_per_key()
    {
        var store = Database.Open();
        var keys = Enumerable.Range(0, 8).Select(i => $"race/{i}").ToArray();
        await store.WriteAsync([.. keys.Select(k => DocumentWrite.Put(k, "{}", null))], default);
        var read = await store.ReadAsync(keys, default);

        // Writers 0..199 all start at once; writer i writes keys[i % 8] with the ETag read above, stale after the first write.
        var won = await AtOnceAsync(200, i => store.WriteAsync([DocumentWrite.Put(keys[i % keys.Length], $$"""{"writer":{{i}}}""", read[keys[i % keys.Length]].ETag)], default));

        var found = await store.ReadAsync(keys, default);
        Assert.All(keys.Select((key, k) => (key, k)), entry =>
        {
            var winner = Assert.Single(won, i => i % keys.Length == entry.k);
            Assert.Equal($$"""{"writer":{{winner}}}""", found[entry.key].Json);
        });
    }

    [StorageFact]
    public async Task A_conflicting_write_fails_alone_and_the_writes_beside_it_land()
    {
        var store = Database.Open();
        var keys = Enumerable.Range(0, 32).Select(i => $"doc/{i}").ToArray();
        await store.WriteAsync([.. keys.Select(k => DocumentWrite.Put(k, """{"n":0}""", null))], default);
        var read = await store.ReadAsync(keys, default);

        // Writer 7 holds a stale ETag and writer 19 creates a document that exists; the other 30 are up to date.
        var won = await AtOnceAsync(keys.Length, i => store.WriteAsync(
            [DocumentWrite.Put(keys[i], $$"""{"n":{{i}}}""", i switch { 7 => "stale", 19 => null, _ => read[keys[i]].ETag })],
            default));

        Assert.Equal(Enumerable.Range(0, 32).Except([7, 19]), won.Order());
        var found = await store.ReadAsync(keys, default);
        Assert.All(Enumerable.Range(0, 32), i => Assert.Equal(i is 7 or 19 ? """{"n":0}""" : $$"""{"n":{{i}}}""", found[keys[i]].Json));
    }

    [StorageFact]
    public async Task Keys_with_unusual_characters_written_at_once_stay_apart()
    {
        // Case, composed and decomposed accents, case-folding pairs, SQL and LIKE metacharacters, invisible and
        // right-to-left characters, control characters, astral-plane characters: every key its own document.
        string[] keys =
        [
            "a", "A", "\u00e1", "a\u0301", "\u00df", "ss", "\u0130", "i\u0307", "\ud83c\udfaf", "key with spaces", "%_\\*'\";--",
            "\u200b", "\u202eevil", "tab\tkey", "line\nbreak", "\u4e2d\u6587/\u952e", "\ufffd", "\uffff", "a ", " a", "x".PadRight(300, 'x'),
        ];
        var store = Database.Open();

        var created = await AtOnceAsync(keys.Length, i => store.WriteAsync([DocumentWrite.Put(keys[i], $$"""{"i":{{i}}}""", null)], default));
        var read = await store.ReadAsync(keys, default);
        var replaced = await AtOnceAsync(keys.Length, i => store.WriteAsync([DocumentWrite.Put(keys[i], $$"""{"i":{{i}},"v":2}""", read[keys[i]].ETag)], default));

        Assert.Equal(keys.Length, created.Length);
        Assert.Equal(keys.Length, replaced.Length);
        Assert.Equal(keys.Length, read.Count);
        foreach (var (key, i) in keys.Select((key, i) => (key, i)))
        {
            Assert.Equal($$"""{"i":{{i}},"v":2}""", (await store.ReadAsync([key], default))[key].Json);
        }
    }

    /// <summary>
    /// Runs <paramref name="count"/> writes released at the same moment; the numbers of those that held (the others
    /// met a <see cref="DocumentConflictException"/>; any other failure fails the test).
    /// </summary>
    protected static async Task<int[]> AtOnceAsync(int count, Func<int, Task> write)
    {
        // Awaited, not waited on: 200 blocked pool threads would start one by one as the pool grows.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await write(i);
                return i;
            }
            catch (DocumentConflictException)
            {
                return -1;
            }
        })).ToList();
        start.SetResult();
        return [.. (await Task.WhenAll(writers)).Where(i => i >= 0)];
    }

    /// <summary>16 writers, each on a store of its own (a process of its own), at once; the ones whose write held.</summary>
    private async Task<int[]> RaceAsync(Func<int, DocumentWrite> write)
    {
        var stores = Enumerable.Range(0, 16).Select(_ => Database.Open()).ToList();
        using var start = new ManualResetEventSlim();
        var outcomes = await Task.WhenAll(stores.Select((store, i) => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await store.WriteAsync([write(i)], default);
                return i;
            }
            catch (DocumentConflictException)
            {
                return -1;
            }
        })).Append(Task.Run(() =>
        {
            start.Set();
            return -1;
        })));
        return [.. outcomes.Where(i => i >= 0)];
    }
}

public sealed class MemoryDocumentStoreTests() : DocumentStoreContract(new MemoryTestDatabase());
