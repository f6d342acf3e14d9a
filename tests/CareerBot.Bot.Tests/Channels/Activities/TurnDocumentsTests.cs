using CareerBot.Application.Documents;
using CareerBot.Bot.Tests.Support;

namespace CareerBot.Bot.Tests.Channels.Activities;

/// <summary>A turn reads its documents once and writes what changed once: one store call each way.</summary>
public class TurnDocumentsTests
{
    private const string ConversationKey = "conversation/test/conversation1";
    private const string PersonKey = "person/test//user1";

    private readonly CountingStore _store = new();

    [Fact]
    public async Task A_turn_reads_the_conversation_once_and_writes_it_once()
    {
        await new Conversation(_store, locale: "en-US").User("start").Bot("let's begin", "1/8").RunAsync();

        Assert.Equal(1, _store.Reads);
        var batch = Assert.Single(_store.Batches);
        Assert.Equal([ConversationKey], batch);
        var stored = Assert.Single(await _store.ReadAsync([ConversationKey], default)).Value;
        Assert.Contains("\"phase\":\"Asking\"", stored.Json, StringComparison.Ordinal);
        Assert.Contains("\"questionId\":\"plan\"", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_writes_nothing()
    {
        var chat = new Conversation(_store, locale: "en-US");
        await chat.User("start").Bot("let's begin", "1/8").RunAsync();
        var writes = _store.Batches.Count;

        // A typing indicator is a turn the interview does not act on; a greeting changes no document either.
        await chat.Typing().Joins(Conversation.UserId).AssertAnyReply().RunAsync();

        Assert.Equal(writes, _store.Batches.Count);
    }

    [Fact]
    public async Task The_finishing_turn_writes_the_conversation_and_the_person_together()
    {
        var chat = new Conversation(_store, locale: "en-US");
        var flow = chat.User("start").Bot("let's begin", "1/8");
        for (var i = 0; i < 7; i++)
        {
            flow = flow.User("skip").Bot("skipping");
        }

        await flow.RunAsync();
        _store.Batches.Clear();

        await chat.User("skip").Bot("skipping").RunAsync();

        var batch = Assert.Single(_store.Batches);
        Assert.Equal([ConversationKey, PersonKey], batch.Order(StringComparer.Ordinal));
        Assert.Single(await chat.HistoryAsync());
    }

    private sealed class CountingStore : IDocumentStore
    {
        private readonly MemoryDocumentStore _inner = new();

        public int Reads { get; private set; }

        public List<string[]> Batches { get; } = [];

        public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            Reads++;
            return _inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
        {
            Batches.Add([.. writes.Select(w => w.Key)]);
            return _inner.WriteAsync(writes, cancellationToken);
        }

        public Task<IReadOnlyList<string>> KeysAsync(string prefix, string infix, CancellationToken cancellationToken) =>
            _inner.KeysAsync(prefix, infix, cancellationToken);
    }
}
