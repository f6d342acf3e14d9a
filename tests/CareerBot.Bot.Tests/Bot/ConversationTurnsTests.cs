using CareerBot.Bot.Bot;
using CareerBot.Bot.Storage;
using CareerBot.Bot.Tests.Support;
using Microsoft.Bot.Builder;

namespace CareerBot.Bot.Tests.Bot;

/// <summary>Messages that arrive while the last one is still being answered are answered in turn, and none is lost.</summary>
public class ConversationTurnsTests
{
    [Fact]
    public async Task Two_answers_sent_at_once_are_both_kept_in_order()
    {
        var storage = new SlowStorage();
        var chat = new Conversation(storage, locale: "en-US");
        await chat.User("start").Bot("let's begin", "1/8").RunAsync();

        var first = chat.Adapter.MakeActivity("I want to lead a product team");
        var second = chat.Adapter.MakeActivity("Grow a strong team");
        await Task.WhenAll(
            chat.Adapter.ProcessActivityAsync(first, chat.Handler.OnTurnAsync),
            chat.Adapter.ProcessActivityAsync(second, chat.Handler.OnTurnAsync));

        var stored = await storage.ReadAsync(["test/conversations/conversation1"]);
        var interview = StateDocument.Read(stored["test/conversations/conversation1"], CareerBotHandler.InterviewProperty, StateJsonContext.Default.InterviewState)!;
        Assert.Equal(["I want to lead a product team", "Grow a strong team"], interview.Transcript.Select(t => t.Text));
        Assert.Equal(2, interview.Answers.Count);
        Assert.Equal(2, interview.QuestionIndex);
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
    private sealed class SlowStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            await Task.Delay(100, cancellationToken);
            return await _inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => _inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
