using CareerBot.Application.Documents;
using CareerBot.Application.Tests.Support;
using CareerBot.Application.Turns;

namespace CareerBot.Application.Tests.Turns;

/// <summary>Messages that arrive while the last one is still being answered are answered in turn, and none is lost.</summary>
public class ConversationTurnsTests
{
    [Fact]
    public async Task Two_answers_sent_at_once_are_both_kept_in_order()
    {
        var bot = new BotProcess(new SlowStore());
        await bot.SayAsync("u1", "c1", "start");

        var first = bot.SayAsync("u1", "c1", "I want to lead a product team");
        var second = bot.SayAsync("u1", "c1", "Grow a strong team");
        await Task.WhenAll(first, second);

        var interview = await bot.InterviewAsync("c1");
        Assert.Equal(["I want to lead a product team", "Grow a strong team"], interview.Transcript.Select(t => t.Text));
        Assert.Equal(2, interview.Answers.Count);
        Assert.Equal("approach", interview.QuestionId);
    }

    [Fact]
    public async Task A_conversation_gate_is_dropped_when_its_turns_are_done()
    {
        var turns = new ConversationTurns();
        var first = await turns.EnterAsync("a", CancellationToken.None);
        var waiting = turns.EnterAsync("a", CancellationToken.None);
        using (await turns.EnterAsync("b", CancellationToken.None))
        {
            Assert.False(waiting.IsCompleted);
            Assert.Equal(2, turns.Active);
        }

        first.Dispose();
        first.Dispose();
        (await waiting).Dispose();

        Assert.Equal(0, turns.Active);
    }

    [Fact]
    public async Task A_turn_that_gives_up_waiting_leaves_the_gate_usable()
    {
        var turns = new ConversationTurns();
        var first = await turns.EnterAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = turns.EnterAsync("a", cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();

        Assert.Equal(0, turns.Active);
        using (await turns.EnterAsync("a", CancellationToken.None))
        {
            Assert.Equal(1, turns.Active);
        }
    }

    /// <summary>Reads take long enough for a second turn to start while the first is still reading.</summary>
    private sealed class SlowStore : IDocumentStore
    {
        private readonly MemoryDocumentStore _inner = new();

        public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            await Task.Delay(100, cancellationToken);
            return await _inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken) => _inner.WriteAsync(writes, cancellationToken);

        public Task<IReadOnlyList<string>> KeysAsync(string prefix, string infix, CancellationToken cancellationToken) => _inner.KeysAsync(prefix, infix, cancellationToken);
    }
}
