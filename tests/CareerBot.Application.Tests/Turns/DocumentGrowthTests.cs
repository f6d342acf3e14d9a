using CareerBot.Application.Tests.Support;
using CareerBot.Application.Documents;

namespace CareerBot.Application.Tests.Turns;

/// <summary>
/// Every message goes into the conversation's transcript — an over-long answer (re-prompted), anything said while
/// paused or finished — and every later turn reads and rewrites the document: unbounded, 60 messages of 240 KB made a
/// 4.8M-character document and a 1 s turn (red team). The transcript's length and its entries are bounded.
/// </summary>
public class DocumentGrowthTests
{
    [Fact]
    public async Task A_paused_conversation_does_not_grow_without_bound()
    {
        var store = new MemoryDocumentStore();
        var bot = new BotProcess(store);
        await bot.SayAsync("u", "c", "start");
        await bot.SayAsync("u", "c", "cancel");
        var big = new string('x', 200_000);
        for (var i = 0; i < 50; i++)
        {
            await bot.SayAsync("u", "c", big + i);
        }

        var stored = (await store.ReadAsync([BotProcess.Conversation("c").DocumentKey], default)).Values.Single();
        Assert.True(stored.Json.Length < 1_000_000, $"The conversation document holds {stored.Json.Length:N0} characters.");
    }
}
