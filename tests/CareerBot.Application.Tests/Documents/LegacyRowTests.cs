using CareerBot.Application.Documents;
using CareerBot.Application.Identity;
using CareerBot.Application.Tests.Support;
using CareerBot.Application.Turns;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Application.Tests.Documents;

/// <summary>
/// Rows stored before documents that this version cannot read must not fail every turn of that conversation (or every
/// finishing turn of that person) for good: the turn starts a new document, and the row is left as it was.
/// </summary>
public class LegacyRowTests
{
    private const string LegacyConversation = "test/conversations/c";
    private const string LegacyPerson = "test/users/u";

    public static TheoryData<string> UnreadableRows() =>
    [
        """{"interview": {"Phase":1, """,
        """{"$type":"X.StateDocument, X","Json":"{not json"}""",
        """{"$type":5,"Json":{"phase":"Asking"}}""",
        """{"interview":{"Phase":"Nope"}}""",
        """{"interview":{"Phase":1,"Answers":"x"}}""",
        """{"interview":{"Phase":1},"interview":{"Phase":2}}""",
        "{\"interview\":{\"Phase\":1,\"Transcript\":" + string.Concat(Enumerable.Repeat("{\"$values\":[", 70)) + string.Concat(Enumerable.Repeat("]}", 70)) + "}}",
    ];

    [Theory]
    [MemberData(nameof(UnreadableRows))]
    public async Task An_unreadable_conversation_row_starts_a_new_interview_and_is_left_as_it_was(string row)
    {
        var store = await StoreWith(LegacyConversation, row);

        var result = await Say(store, "start");

        Assert.Contains(result.Outcome.Views, v => v is Domain.Views.OpenQuestionView);
        var stored = await store.ReadAsync([LegacyConversation, "conversation/test/c"], default);
        Assert.Equal(row, stored[LegacyConversation].Json);
        Assert.Contains("\"questionId\":\"plan\"", stored["conversation/test/c"].Json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UnreadableRows))]
    public async Task An_unreadable_person_row_does_not_stop_the_interview_from_finishing(string row)
    {
        var store = await StoreWith(LegacyPerson, row.Replace("\"interview\"", "\"profile\"", StringComparison.Ordinal));
        await Say(store, "start");
        for (var i = 0; i < CareerContent.Default.Questions.Count; i++)
        {
            await Say(store, "skip");
        }

        var person = await PersonProfiles.ReadAsync(store, Person, CareerContent.Default.Questions);
        Assert.Single(person.History);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1e20")]
    [InlineData("-1")]
    [InlineData("99")]
    public async Task A_question_position_that_names_no_question_asks_the_first_unanswered_one(string index)
    {
        var store = await StoreWith(LegacyConversation, """{"interview":{"Phase":1,"QuestionIndex":INDEX,"Answers":{"plan":{"Text":"Lead a team"}}}}""".Replace("INDEX", index, StringComparison.Ordinal));

        await Say(store, "help");

        var stored = await store.ReadAsync(["conversation/test/c"], default);
        Assert.Contains("\"questionId\":\"goal\"", stored["conversation/test/c"].Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_answers_and_transcript_entries_of_a_legacy_row_do_not_fail_the_finishing_turn()
    {
        var store = await StoreWith(LegacyConversation, """{"interview":{"Phase":1,"QuestionIndex":1,"Answers":{"plan":null},"Transcript":{"$values":[null]}}}""");
        for (var i = 0; i < CareerContent.Default.Questions.Count; i++)
        {
            await Say(store, "skip");
        }

        var person = await PersonProfiles.ReadAsync(store, Person, CareerContent.Default.Questions);
        Assert.Single(person.History);
    }

    private static PersonKey Person => new("test", null, "u") { LegacyKey = LegacyPerson };

    private static async Task<MemoryDocumentStore> StoreWith(string key, string json)
    {
        var store = new MemoryDocumentStore();
        await store.WriteAsync([new DocumentWrite(key, json, DocumentWrite.AnyETag)], default);
        return store;
    }

    private static Task<TurnResult> Say(IDocumentStore store, string text) =>
        BotProcess.Create(store, CareerContent.Default).HandleAsync(
            new Turn(Person, new ConversationKey("test", "c") { LegacyKey = LegacyConversation }, TurnKind.Message, new UserTurn(text, null, Language.EnUs)),
            CancellationToken.None);
}
