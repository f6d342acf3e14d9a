using CareerBot.Bot.Bot;
using CareerBot.Bot.Storage;
using CareerBot.Domain.Interview;

namespace CareerBot.Bot.Tests.Storage;

public sealed class StateDocumentTests
{
    [Fact]
    public void Stored_state_keeps_chinese_readable_and_the_document_unescaped()
    {
        var state = new InterviewState { LanguageTag = "zh-CN" };
        state.Answers["plan"] = new CareerBot.Domain.Interview.RecordedAnswer { Text = "我想在专业上做深，\"成为\"产品专家" };

        var stored = StateDocument.Of(state, StateJsonContext.Default.InterviewState).ToStoredText();

        Assert.StartsWith("""{"$type":"CareerBot.Bot.Storage.StateDocument, CareerBot.Bot","Json":{"languageTag":"zh-CN",""", stored, StringComparison.Ordinal);
        Assert.Contains("""我想在专业上做深，\"成为\"产品专家""", stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("{\"a\":1}")]
    [InlineData("{ ends without a brace")]
    public void Any_document_text_survives_being_stored(string json)
    {
        var stored = new StateDocument { Json = json }.ToStoredText();

        Assert.Equal(json, StateDocument.FromStoredText(stored)?.Json);
    }

    [Theory]
    [InlineData("""{"$type":"CareerBot.Bot.Tests.Storage.InterviewRecord, CareerBot.Bot.Tests","Name":"x"}""")]
    [InlineData("""{"eTag":"*","text":"one"}""")]
    [InlineData("\"plain string\"")]
    public void Other_stored_values_are_not_taken_for_a_document(string stored) =>
        Assert.Null(StateDocument.FromStoredText(stored));
}
