using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Domain.Tests.Interview;

/// <summary>One user cannot grow their interview's state without limit, however much or however long they type.</summary>
public sealed class InterviewBoundsTests
{
    private static readonly CareerContent Content = CareerContent.Default;

    private readonly InterviewEngine _engine = new(Content, new AnswerAnalyzer(Content.Lexicon), TimeProvider.System);

    [Fact]
    public void The_transcript_keeps_the_latest_entries_only()
    {
        var state = new InterviewState();
        _engine.Handle(state, new UserTurn("start", null, Language.EnUs));

        for (var i = 0; i < 3 * InterviewEngine.MaxTranscriptEntries; i++)
        {
            _engine.Handle(state, new UserTurn("help", null, Language.EnUs));
        }

        _engine.Handle(state, new UserTurn("I want to lead a product team", null, Language.EnUs));
        Assert.Equal(InterviewEngine.MaxTranscriptEntries, state.Transcript.Count);
        Assert.Equal("I want to lead a product team", state.Transcript[^1].Text);
        Assert.Equal("I want to lead a product team", state.Answers[QuestionIds.Plan].Text);
    }

    [Fact]
    public void A_message_longer_than_any_answer_is_kept_in_the_transcript_up_to_that_length()
    {
        var state = new InterviewState();
        _engine.Handle(state, new UserTurn("start", null, Language.EnUs));

        _engine.Handle(state, new UserTurn(new string('x', 1_000_000), null, Language.EnUs));

        var kept = Assert.Single(state.Transcript).Text;
        Assert.Equal(InterviewEngine.MaxAnswerLength + 1, kept.Length);
        Assert.EndsWith("…", kept, StringComparison.Ordinal);
        Assert.DoesNotContain(QuestionIds.Plan, state.Answers.Keys);
    }
}
