using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Tests.Views;
using CareerBot.Domain.Views;

namespace CareerBot.Domain.Tests.Interview;

/// <summary>The engine's views carry what any renderer needs, as data and plain runs, never channel markup.</summary>
public sealed class InterviewEngineViewTests
{
    private static readonly CareerContent Content = CareerContent.Default;

    private readonly InterviewEngine _engine = new(Content, new AnswerAnalyzer(Content.Lexicon), TimeProvider.System);

    private readonly InterviewState _state = new();

    [Fact]
    public void Welcome_is_a_welcome_view()
    {
        Assert.IsType<WelcomeView>(Assert.Single(InterviewEngine.Welcome()));
    }

    [Theory]
    [InlineData(Language.ZhCn)]
    [InlineData(Language.EnUs)]
    public void Starting_says_the_intro_then_asks_the_first_open_question_with_its_progress(Language language)
    {
        var views = Say(language == Language.ZhCn ? "开始" : "start", language);

        Assert.Collection(
            views,
            intro => Assert.Contains(Content.Questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), PlainText(Assert.IsType<MessageView>(intro).Text), StringComparison.Ordinal),
            first =>
            {
                var question = Assert.IsType<OpenQuestionView>(first);
                Assert.Equal(QuestionIds.Plan, question.QuestionId);
                Assert.Equal(new InterviewProgress(1, Content.Questions.Count), question.Progress);
                Assert.Equal(Content.Question(QuestionIds.Plan).Prompt[language], question.Prompt);
            });
    }

    [Fact]
    public void A_fact_question_carries_its_id_progress_prompt_hint_and_choices_in_the_turn_language()
    {
        var question = Content.Question(QuestionIds.Experience);

        var view = AskFirstFact(Language.EnUs, "I want to grow deeper in product");

        Assert.Equal(question.Id, view.QuestionId);
        Assert.Equal(new InterviewProgress(QuestionIds.Open.Count + 1, Content.Questions.Count), view.Progress);
        Assert.Equal(question.Prompt[Language.EnUs], view.Prompt);
        Assert.Equal(question.Hint[Language.EnUs], view.Hint);
        Assert.Equal(question.Choices.Select(c => new AnswerChoice(c.Label[Language.EnUs], c.Value)), view.Choices);
        Assert.Null(view.Suggestion);
    }

    [Fact]
    public void A_fact_already_stated_is_offered_with_the_users_words_a_label_and_the_matching_choice()
    {
        var view = AskFirstFact(Language.ZhCn, "我做了五年产品经理，想继续做深");

        var suggestion = Assert.IsType<SuggestedAnswer>(view.Suggestion);
        Assert.Equal("5", suggestion.Value);
        Assert.Contains("五年", suggestion.Words, StringComparison.Ordinal);
        Assert.Equal("5年", suggestion.Label);
        Assert.Equal("6", suggestion.MatchingChoice);
    }

    [Fact]
    public void Help_is_a_paragraph_and_a_list_of_every_explained_command_with_the_command_emphasised()
    {
        Say("start", Language.EnUs);

        var help = Assert.IsType<MessageView>(Say("help", Language.EnUs)[0]).Text;

        var list = Assert.Single(help.Blocks.OfType<BulletList>());
        Assert.Equal(Content.Commands.Explained.Count, list.Items.Count);
        Assert.All(list.Items.Zip(Content.Commands.Explained), pair =>
        {
            Assert.Equal(new EmphasisRun(pair.Second.Say[Language.EnUs]), pair.First[0]);
            Assert.Contains(pair.Second.Does[Language.EnUs], string.Concat(pair.First.Select(r => r.Text)), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_users_earlier_answer_comes_back_as_a_plain_run_exactly_as_typed()
    {
        const string Hostile = "**bold** [link](https://evil.example) - not a list";
        Say("start", Language.EnUs);
        Say(Hostile, Language.EnUs);

        var back = Assert.IsType<MessageView>(Say("back", Language.EnUs)[0]);

        Assert.Contains(new PlainRun(Hostile), Assert.IsType<Paragraph>(Assert.Single(back.Text.Blocks)).Runs);
    }

    [Fact]
    public void Finishing_says_a_summary_then_shows_the_kept_assessment_and_a_correction_confirms_then_shows_it_again()
    {
        Say("start", Language.EnUs);
        TurnOutcome outcome;
        do
        {
            outcome = _engine.Handle(_state, new UserTurn("skip", null, Language.EnUs));
        }
        while (outcome.Completed is null);

        var completed = outcome.Completed;
        Assert.IsType<MessageView>(outcome.Views[^2]);
        var result = Assert.IsType<ResultView>(outcome.Views[^1]);
        Assert.Same(completed.Result, result.Assessment);
        Assert.Equal(completed.Id, result.AssessmentId);

        var data = new Dictionary<string, string>
        {
            [ActionData.Command] = ActionData.Commands.Correct,
            [ActionData.AssessmentId] = completed.Id.ToString("D"),
            [ActionData.CorrectedLevel] = AssessmentCorrection.Format(Ladders.Track.Management, 2),
        };
        var corrected = _engine.Handle(_state, new UserTurn(null, data, Language.EnUs));

        Assert.Collection(
            corrected.Views,
            saved => Assert.Contains(Content.Ladders.Management[2].Title[Language.EnUs], PlainText(Assert.IsType<CorrectionSavedView>(saved).Message), StringComparison.Ordinal),
            shown =>
            {
                var view = Assert.IsType<ResultView>(shown);
                Assert.Equal(Ladders.Track.Management, view.Assessment.Track);
                Assert.Equal(completed.Id, view.AssessmentId);
            });
    }

    [Theory]
    [InlineData(Language.ZhCn)]
    [InlineData(Language.EnUs)]
    public void No_view_text_of_a_whole_interview_carries_markup(Language language)
    {
        var texts = new List<string>();
        foreach (var said in new[] { "start", "help", "我想带团队", "skip", "back", "x", "?", "skip", "skip", "skip", "5", "skip", "skip", "skip", "result" })
        {
            texts.AddRange(Say(said, language).SelectMany(TextsOf));
        }

        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.False(MarkupDetector.HasMarkup(text), $"markup in '{text}'"));
    }

    [Fact]
    public void A_skip_tapped_on_an_earlier_questions_card_does_not_skip_the_question_asked_now()
    {
        AskFirstFact(Language.EnUs, "I want to grow deeper in product");
        Tap(new() { [ActionData.AnswerTo] = QuestionIds.Experience, [QuestionIds.Experience] = "4" });

        var views = Tap(new() { [ActionData.Command] = ActionData.Commands.Skip, [ActionData.AnswerTo] = QuestionIds.Experience }).Views;

        Assert.Equal(Content.Strings.Get("interview.staleCard", Language.EnUs), PlainText(Assert.IsType<MessageView>(views[0]).Text));
        Assert.Equal(QuestionIds.Scope, Assert.IsType<FactQuestionView>(views[1]).QuestionId);
        Assert.False(_state.Answers.ContainsKey(QuestionIds.Scope));
    }

    [Fact]
    public void A_card_replaced_in_place_closes_with_the_answer_and_the_next_question_is_not_repeated_on_it()
    {
        AskFirstFact(Language.EnUs, "I want to grow deeper in product");

        var outcome = Tap(new() { [ActionData.AnswerTo] = QuestionIds.Experience, [QuestionIds.Experience] = "4" }, inPlace: true);

        var closed = Assert.IsType<AnsweredQuestionView>(outcome.Replacement);
        Assert.Equal((QuestionIds.Experience, AnsweredState.Answered, "3–5 years", false), (closed.QuestionId, closed.State, closed.Answer, closed.Late));
        Assert.Equal(QuestionIds.Scope, Assert.IsType<FactQuestionView>(Assert.Single(outcome.Views)).QuestionId);
    }

    [Fact]
    public void Without_a_choice_a_card_replaced_in_place_asks_again_where_it_is()
    {
        AskFirstFact(Language.EnUs, "I want to grow deeper in product");

        var outcome = Tap(new() { [ActionData.AnswerTo] = QuestionIds.Experience }, inPlace: true);

        Assert.IsType<MessageView>(Assert.Single(outcome.Views));
        Assert.Equal(QuestionIds.Experience, Assert.IsType<FactQuestionView>(outcome.Replacement).QuestionId);
    }

    [Theory]
    [InlineData("my data")]
    [InlineData("我的数据")]
    [InlineData("1:1 prep")]
    [InlineData("1:1 prep <at>Alice</at>")]
    [InlineData("准备1:1 alice@example.com")]
    public void Commands_still_to_come_say_so_and_are_never_taken_as_an_answer(string text)
    {
        Say("start", Language.EnUs);

        var views = Say(text, Language.EnUs);

        Assert.IsType<MessageView>(views[0]);
        Assert.Equal(QuestionIds.Plan, Assert.IsType<OpenQuestionView>(views[1]).QuestionId);
        Assert.Empty(_state.Answers);
    }

    private TurnOutcome Tap(Dictionary<string, string> data, bool inPlace = false) =>
        _engine.Handle(_state, new UserTurn(null, data, Language.EnUs) { CardInPlace = inPlace });

    private FactQuestionView AskFirstFact(Language language, string answer)
    {
        Say("start", language);
        List<View> views = [];
        foreach (var _ in QuestionIds.Open)
        {
            views = [.. Say(answer, language)];
        }

        return Assert.IsType<FactQuestionView>(views[^1]);
    }

    private IReadOnlyList<View> Say(string text, Language language) => _engine.Handle(_state, new UserTurn(text, null, language)).Views;

    private static IEnumerable<string> TextsOf(View view) => view switch
    {
        MessageView message => [PlainText(message.Text)],
        CorrectionSavedView saved => [PlainText(saved.Message)],
        OpenQuestionView question => [question.Prompt],
        FactQuestionView question => [question.Prompt, question.Hint, .. question.Choices.Select(c => c.Label)],
        _ => [],
    };

    private static string PlainText(RichText text) => text.ToPlainText();
}
