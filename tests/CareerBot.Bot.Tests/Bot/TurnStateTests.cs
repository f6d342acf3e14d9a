using CareerBot.Bot.Storage;
using CareerBot.Bot.Tests.Support;
using Microsoft.Bot.Builder;

namespace CareerBot.Bot.Tests.Bot;

/// <summary>A turn reads its state once and writes what changed once: one storage call each way.</summary>
public class TurnStateTests
{
    private readonly CountingStorage _storage = new();

    [Fact]
    public async Task A_turn_reads_the_interview_once_and_writes_it_once()
    {
        await new Conversation(_storage, locale: "en-US").User("start").Bot("let's begin", "1/8").RunAsync();

        Assert.Equal(1, _storage.Reads);
        Assert.Equal(1, _storage.Writes);
        var stored = Assert.IsType<StateDocument>(Assert.Single(await _storage.ReadAsync(["test/conversations/conversation1"])).Value);
        Assert.Contains("\"phase\":\"Asking\"", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_writes_nothing()
    {
        var chat = new Conversation(_storage, locale: "en-US");
        await chat.User("start").Bot("let's begin", "1/8").RunAsync();
        var writes = _storage.Writes;

        // A typing indicator is a turn the interview does not act on.
        await chat.Typing().RunAsync();

        Assert.Equal(writes, _storage.Writes);
    }

    [Fact]
    public async Task The_finishing_turn_writes_the_interview_and_the_history_together()
    {
        var chat = new Conversation(_storage, locale: "en-US");
        var flow = chat.User("start").Bot("let's begin", "1/8");
        for (var i = 0; i < 7; i++)
        {
            flow = flow.User("skip").Bot("skipping");
        }

        await flow.RunAsync();
        _storage.Batches.Clear();

        await chat.User("skip").Bot("skipping").RunAsync();

        var batch = Assert.Single(_storage.Batches);
        Assert.Equal(["test/conversations/conversation1", "test/users/user1"], batch.Order(StringComparer.Ordinal));
        Assert.Single(await chat.HistoryAsync());
    }

    private sealed class CountingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public int Reads { get; private set; }

        public int Writes => Batches.Count;

        public List<string[]> Batches { get; } = [];

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return _inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Batches.Add([.. changes.Keys]);
            return _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
