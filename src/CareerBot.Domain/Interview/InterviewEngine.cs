using System.Globalization;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Views;

namespace CareerBot.Domain.Interview;

/// <summary>
/// The interview as a state machine: one user turn in, views out (<see cref="View"/>), state updated in place. Pure
/// domain logic with no channel types or markup, shared by every channel. Interruptions (help, skip, back, restart,
/// cancel, language) are handled here once, before the current step sees the turn.
/// </summary>
public sealed class InterviewEngine
{
    /// <summary>Unusable answers to one question before it is skipped.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Longest answer kept as an answer; longer ones are re-prompted (and kept in the transcript).</summary>
    public const int MaxAnswerLength = 4000;

    /// <summary>
    /// Transcript entries one interview keeps, the oldest dropped first. An interview takes a few dozen messages; the
    /// bound stops one user from growing their conversation's document (read and written every turn) without limit.
    /// </summary>
    public const int MaxTranscriptEntries = 100;

    private static readonly string[] Affirmatives =
        ["yes", "y", "yeah", "yep", "correct", "right", "ok", "okay", "confirm", "是", "是的", "对", "对的", "没错", "确认", "嗯", "好", "好的"];

    private readonly CareerContent _content;
    private readonly AnswerAnalyzer _analyzer;
    private readonly TimeProvider _clock;

    public InterviewEngine(CareerContent content, AnswerAnalyzer analyzer, TimeProvider clock)
    {
        _content = content;
        _analyzer = analyzer;
        _clock = clock;
    }

    private IReadOnlyList<Question> Questions => _content.Questions;

    /// <summary>The greeting for a user who just joined the conversation.</summary>
    public static IReadOnlyList<View> Welcome() => [new WelcomeView()];

    public TurnOutcome Handle(InterviewState state, UserTurn turn)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turn);
        var language = LanguageOf(state, turn.LocaleLanguage, turn.Text);
        state.LanguageTag = language.Tag();
        if (state.Phase == InterviewPhase.Asking)
        {
            // Pins the question being asked by id, also when the content no longer has the one stored.
            state.QuestionId = Current(state).Id;
        }

        var command = _content.Commands.Recognize(turn);
        switch (command?.Kind)
        {
            // Asked for by a card, not said by the user: nothing is recorded and nothing changes.
            case CommandKind.RefreshCard:
                return CardAsItIs(state, turn);
            case CommandKind.ShowEvidence or CommandKind.HideEvidence:
                return Evidence(state, turn, command.Kind == CommandKind.ShowEvidence, language);
        }

        if (IsLateTap(state, turn))
        {
            // A card whose question is no longer asked: the tap changes nothing. A card replaced in place says so
            // itself; elsewhere a message says it and the current question follows.
            if (turn.CardInPlace)
            {
                Record(state, turn, TranscriptOutcome.Ignored);
                return new([]) { Replacement = CardNow(state, turn, language, late: true) };
            }

            if (state.Phase == InterviewPhase.Asking)
            {
                return Ignore(state, turn, S("interview.staleCard", language), Ask(state, language));
            }
        }

        TurnOutcome outcome;
        if (command is not null)
        {
            Record(state, turn, TranscriptOutcome.Command);
            outcome = HandleCommand(state, command, turn, language);
        }
        else
        {
            outcome = state.Phase switch
            {
                InterviewPhase.NotStarted => new(Begin(state, language)),
                InterviewPhase.Paused => Ignore(state, turn, S("interview.paused", language)),
                InterviewPhase.Finished => Ignore(state, turn, S("interview.finished.again", language)),
                _ => Answer(state, turn, language),
            };
        }

        return turn.CardInPlace && outcome.Replacement is null
            ? outcome with { Replacement = CardNow(state, turn, LanguageOf(state, turn.LocaleLanguage, turn.Text), late: false) }
            : outcome;
    }

    /// <summary>
    /// What the card a tap came from shows now, changing nothing: a card's refresh, and the answer to a tap delivered
    /// again after its turn was taken (the card then shows what the first delivery made of it).
    /// </summary>
    public TurnOutcome CardAsItIs(InterviewState state, UserTurn turn)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turn);
        return new([]) { Replacement = CardNow(state, turn, LanguageOf(state, turn.LocaleLanguage, turn.Text), late: false) };
    }

    /// <summary>A tap on a question card (it names the question) whose question is not the one asked now.</summary>
    private bool IsLateTap(InterviewState state, UserTurn turn) =>
        turn.DataValue(ActionData.AnswerTo) is { } questionId
        && (state.Phase is not (InterviewPhase.Asking or InterviewPhase.Paused) || questionId != Current(state).Id);

    /// <summary>
    /// What the card a tap came from shows now, read from what the data names: a question card is the question while
    /// it is asked and its answered form after; a result card is the latest result (null for an earlier one, which
    /// this conversation no longer holds: it stays as it is); the welcome is the welcome, in the language now spoken.
    /// </summary>
    private View? CardNow(InterviewState state, UserTurn turn, Language language, bool late)
    {
        if (turn.DataValue(ActionData.AnswerTo) is { } questionId)
        {
            return QuestionCardNow(state, questionId, language, late);
        }

        if (Guid.TryParse(turn.DataValue(ActionData.AssessmentId), out var id))
        {
            return LatestResult(state, id);
        }

        return turn.DataValue(ActionData.Command) is ActionData.Commands.Start or ActionData.Commands.Language ? new WelcomeView() : null;
    }

    private View? QuestionCardNow(InterviewState state, string questionId, Language language, bool late)
    {
        var position = -1;
        for (var i = 0; i < Questions.Count && position < 0; i++)
        {
            position = Questions[i].Id == questionId ? i : -1;
        }

        if (position < 0 || Questions[position].Kind != QuestionKind.Fact)
        {
            return null;
        }

        var question = Questions[position];
        var progress = new InterviewProgress(position + 1, Questions.Count);
        if (!late && state.Phase is InterviewPhase.Asking or InterviewPhase.Paused && state.QuestionId == questionId)
        {
            return FactQuestionView.For(question, progress, state.Suggestion, language, _content);
        }

        var prompt = question.Prompt[language];
        if (state.Phase == InterviewPhase.NotStarted || !state.Answers.TryGetValue(questionId, out var answer))
        {
            return new AnsweredQuestionView(questionId, progress, prompt, AnsweredState.Unanswered, null, late);
        }

        return answer.Skipped
            ? new AnsweredQuestionView(questionId, progress, prompt, AnsweredState.Skipped, null, late)
            : new AnsweredQuestionView(questionId, progress, prompt, AnsweredState.Answered, AnswerLabel(question, answer, language), late);
    }

    /// <summary>
    /// A fact answer as the choice it is (the label the user tapped), else as read (years in words), else in the user's
    /// own words.
    /// </summary>
    private string AnswerLabel(Question question, RecordedAnswer answer, Language language) =>
        question.Choices.FirstOrDefault(c => c.Value == answer.Value) is { } choice
            ? choice.Label[language]
            : answer.Value is null
                ? TextElements.Truncate(answer.Text, SuggestedAnswer.MaxLabelLength)
                : SuggestedAnswer.For(question, new FactReading(question.Id, answer.Value, answer.Text), language, _content).Label;

    private static ResultView? LatestResult(InterviewState state, Guid id) =>
        id == state.LastAssessmentId && state.LastResult is { } result ? new ResultView(state.LastCorrectedResult ?? result, id) : null;

    /// <summary>The result card switched to its evidence or back, for the latest result; an earlier one is not held here.</summary>
    private TurnOutcome Evidence(InterviewState state, UserTurn turn, bool show, Language language) =>
        Guid.TryParse(turn.DataValue(ActionData.AssessmentId), out var id) && LatestResult(state, id) is { } latest
            ? new([]) { Replacement = latest with { ShowEvidence = show } }
            : new([Say(S("interview.result.earlier", language))]);

    private TurnOutcome HandleCommand(InterviewState state, InterviewCommand command, UserTurn turn, Language language)
    {
        switch (command.Kind)
        {
            case CommandKind.ShowResult:
                return state.LastResult is null
                    ? new([Say(S("interview.noResultYet", language))])
                    : new([new ResultView(state.LastCorrectedResult ?? state.LastResult, state.LastAssessmentId!.Value)]);
            case CommandKind.Correct:
                return Correct(state, turn, language);
            case CommandKind.SwitchLanguage:
                language = command.Language!.Value;
                state.LanguageTag = language.Tag();
                // The welcome card switched in place needs no second welcome.
                return turn.CardInPlace && state.Phase != InterviewPhase.Asking
                    ? new([Say(S("interview.languageSwitched", language))])
                    : new([Say(S("interview.languageSwitched", language)), .. CurrentStep(state, language)]);
            case CommandKind.Help:
                return new([Help(language), .. CurrentStep(state, language)]);
            case CommandKind.MyData:
                return new([Say(S("interview.upcoming.myData", language)), .. CurrentQuestion(state, language)]);
            case CommandKind.Prep:
                return new([Say(S("interview.upcoming.prep", language)), .. CurrentQuestion(state, language)]);
            case CommandKind.Start:
                return state.Phase switch
                {
                    InterviewPhase.Asking => new([Say(S("interview.alreadyRunning", language)), Ask(state, language)]),
                    InterviewPhase.Paused => Resume(state, language),
                    _ => new(Begin(state, language)),
                };
            case CommandKind.Restart:
                return new([Say(S("interview.restarted", language)), .. Begin(state, language)]);
            case CommandKind.Cancel:
                if (state.Phase != InterviewPhase.Asking)
                {
                    return new([Say(S("interview.nothingToCancel", language))]);
                }

                state.Phase = InterviewPhase.Paused;
                return new([Say(S("interview.cancelled", language))]);
            case CommandKind.Skip:
                if (state.Phase != InterviewPhase.Asking)
                {
                    return new([Say(S("interview.nothingToSkip", language))]);
                }

                state.Answers[Current(state).Id] = new RecordedAnswer { Skipped = true };
                return Advance(state, language, Say(S("interview.skipped", language)));
            case CommandKind.Back:
                if (state.Phase != InterviewPhase.Asking)
                {
                    return new([Say(S("interview.nothingToGoBackTo", language))]);
                }

                var position = PositionOf(state);
                if (position == 0)
                {
                    return new([Say(S("interview.back.first", language)), Ask(state, language)]);
                }

                state.QuestionId = Questions[position - 1].Id;
                ResetStep(state);
                var previous = state.Answers.GetValueOrDefault(Current(state).Id);
                var replies = new List<View>();
                if (previous is { Skipped: false } && Current(state).Kind == QuestionKind.Open)
                {
                    var said = Run.Fill(S("interview.previousAnswer", language), ("answer", new PlainRun(previous.Text)));
                    replies.Add(new MessageView(new RichText([new Paragraph(said)])));
                }

                replies.Add(Ask(state, language));
                return new(replies);
            default:
                throw new InvalidOperationException($"Unhandled command {command.Kind}.");
        }
    }

    /// <summary>The current question again, when one is being asked.</summary>
    private IEnumerable<View> CurrentQuestion(InterviewState state, Language language) =>
        state.Phase == InterviewPhase.Asking ? [Ask(state, language)] : [];

    /// <summary>The current question again (or the welcome when nothing is being asked).</summary>
    private IEnumerable<View> CurrentStep(InterviewState state, Language language) =>
        state.Phase == InterviewPhase.Asking ? [Ask(state, language)] : Welcome();

    private List<View> Begin(InterviewState state, Language language)
    {
        state.Phase = InterviewPhase.Asking;
        state.QuestionId = Questions[0].Id;
        state.Answers = [];
        state.Transcript = [];
        state.StartedAt = _clock.GetUtcNow();
        ResetStep(state);
        return [Say(F("interview.intro", language, ("total", Questions.Count))), Ask(state, language)];
    }

    private TurnOutcome Resume(InterviewState state, Language language)
    {
        state.Phase = InterviewPhase.Asking;
        return new([Say(S("interview.resumed", language)), Ask(state, language)]);
    }

    private TurnOutcome Answer(InterviewState state, UserTurn turn, Language language)
    {
        var question = Current(state);
        var answeredId = turn.DataValue(ActionData.AnswerTo);

        var text = answeredId is null ? turn.TrimmedText : turn.DataValue(ActionData.Confirm) ?? turn.DataValue(question.Id) ?? string.Empty;
        if (text.Length > MaxAnswerLength)
        {
            return Reprompt(state, turn, language, F(
                "interview.reprompt.tooLong", language, ("length", text.Length), ("max", MaxAnswerLength), ("attempt", state.Attempts + 1), ("max_tries", MaxAttempts)));
        }

        var accepted = question.Kind == QuestionKind.Open ? ReadOpen(text) : ReadFact(state, question, text, tapped: answeredId is not null);
        if (accepted is null)
        {
            var hint = answeredId is not null && text.Length == 0 ? S("interview.reprompt.noChoice", language) : Hint(question, language);
            return Reprompt(state, turn, language, F(
                "interview.reprompt.unusable", language, ("attempt", state.Attempts + 1), ("max", MaxAttempts), ("hint", hint)));
        }

        Record(state, turn, TranscriptOutcome.Accepted);
        state.Answers[question.Id] = accepted;
        return Advance(state, language);
    }

    private static RecordedAnswer? ReadOpen(string text) =>
        text.Any(char.IsLetterOrDigit) ? new RecordedAnswer { Text = text } : null;

    private RecordedAnswer? ReadFact(InterviewState state, Question question, string text, bool tapped)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (tapped || IsAffirmative(text) && state.Suggestion is not null)
        {
            var value = tapped ? text : state.Suggestion!.Value;
            if (!IsCanonical(question, value))
            {
                return null;
            }

            // Confirming the suggestion keeps the user's own earlier words; a tap on another choice has only its value.
            var words = state.Suggestion is { } suggestion && suggestion.Value == value ? suggestion.Fragment : value;
            return new RecordedAnswer { Text = words, Value = value };
        }

        var reading = _analyzer.ReadFact(question.Id, text);
        return reading is null ? null : new RecordedAnswer { Text = text, Value = reading.Value };
    }

    private static bool IsCanonical(Question question, string value) =>
        question.Choices.Any(c => c.Value == value)
        || question.Id == QuestionIds.Experience && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var years) && years is >= 0 and <= 60;

    private static bool IsAffirmative(string text) =>
        Affirmatives.Contains(text.Trim().TrimEnd('.', '!', '。', '！').ToLower(CultureInfo.InvariantCulture));

    private TurnOutcome Reprompt(InterviewState state, UserTurn turn, Language language, string message)
    {
        Record(state, turn, TranscriptOutcome.Reprompted);
        state.Attempts++;
        if (state.Attempts < MaxAttempts)
        {
            // A card replaced in place asks again where it is; elsewhere the question follows the message.
            return turn.CardInPlace ? new([Say(message)]) { Replacement = Ask(state, language) } : new([Say(message), Ask(state, language)]);
        }

        state.Transcript[^1].Outcome = TranscriptOutcome.SkippedAfterRetries;
        state.Answers[Current(state).Id] = new RecordedAnswer { Skipped = true };
        return Advance(state, language, Say(S("interview.skippedAfterRetries", language)));
    }

    private TurnOutcome Advance(InterviewState state, Language language, View? lead = null)
    {
        var replies = new List<View>();
        if (lead is not null)
        {
            replies.Add(lead);
        }

        var next = NextQuestion(state);
        ResetStep(state);
        if (next is not null)
        {
            state.QuestionId = next.Id;
            replies.Add(Ask(state, language));
            return new(replies);
        }

        var completed = Finish(state, language);
        replies.Add(Say(Summary("interview.finished.summary", completed.Result, language)));
        replies.Add(new ResultView(completed.Result, completed.Id));
        return new(replies, completed);
    }

    /// <summary>"That's not me": the user's pick becomes the result that counts, kept beside the original.</summary>
    private TurnOutcome Correct(InterviewState state, UserTurn turn, Language language)
    {
        if (state.LastResult is null || !Guid.TryParse(turn.DataValue(ActionData.AssessmentId), out var id) || id != state.LastAssessmentId)
        {
            return new([Say(S("interview.correction.stale", language))]);
        }

        if (!AssessmentCorrection.TryParse(turn.DataValue(ActionData.CorrectedLevel), _content.Ladders, out var track, out var level))
        {
            return new([Say(S("interview.correction.invalid", language))]);
        }

        var corrected = AssessmentCorrection.Apply(state.LastResult, track, level, _content.Ladders);
        state.LastCorrectedResult = corrected;
        var correction = new CorrectedResult { AssessmentId = id, CorrectedAt = _clock.GetUtcNow(), Result = corrected };
        var saved = new CorrectionSavedView(RichText.Plain(Summary("interview.correction.saved", corrected, language)));
        return turn.CardInPlace
            ? new([saved], Correction: correction) { Replacement = new ResultView(corrected, id) }
            : new([saved, new ResultView(corrected, id)], Correction: correction);
    }

    private string Summary(string key, Assessment result, Language language)
    {
        var ladder = _content.Ladders.For(result.Track);
        return F(
            key,
            language,
            ("track", ladder.Name[language]),
            ("level", ladder[result.Level].Title[language]),
            ("target", ladder[result.TargetLevel].Title[language]),
            ("stage", $"{result.LearningStage} · {_content.Catalog[result.LearningStage].Name[language]}"));
    }

    private CompletedAssessment Finish(InterviewState state, Language language)
    {
        state.Phase = InterviewPhase.Finished;
        var now = _clock.GetUtcNow();
        var completed = new CompletedAssessment
        {
            Id = Guid.NewGuid(),
            StartedAt = state.StartedAt ?? now,
            CompletedAt = now,
            LanguageTag = language.Tag(),
            Answers = new Dictionary<string, RecordedAnswer>(state.Answers),
            Transcript = [.. state.Transcript],
            Result = _analyzer.Analyze(RecordedAnswer.ForAnalysis(state.Answers)),
        };
        state.LastAssessmentId = completed.Id;
        state.LastResult = completed.Result;
        state.LastCorrectedResult = null;
        return completed;
    }

    /// <summary>Asks the current question: open ones to answer in words, fact ones with choices, offering to confirm
    /// a fact the user already stated.</summary>
    private View Ask(InterviewState state, Language language)
    {
        var question = Current(state);
        var progress = new InterviewProgress(PositionOf(state) + 1, Questions.Count);
        if (question.Kind == QuestionKind.Open)
        {
            return new OpenQuestionView(question.Id, progress, question.Prompt[language]);
        }

        state.Suggestion = SuggestionFor(state, question);
        return FactQuestionView.For(question, progress, state.Suggestion, language, _content);
    }

    private FactReading? SuggestionFor(InterviewState state, Question question)
    {
        if (state.Answers.TryGetValue(question.Id, out var earlier) && earlier is { Skipped: false, Value: not null })
        {
            return new FactReading(question.Id, earlier.Value, earlier.Text);
        }

        var openAnswers = QuestionIds.Open
            .Where(id => state.Answers.TryGetValue(id, out var a) && !a.Skipped)
            .ToDictionary(id => id, id => state.Answers[id].Text);
        return _analyzer.FindFact(openAnswers, question.Id);
    }

    private TurnOutcome Ignore(InterviewState state, UserTurn turn, string message, params View[] more)
    {
        Record(state, turn, TranscriptOutcome.Ignored);
        return new([Say(message), .. more]);
    }

    /// <summary>What the bot does, then the commands as a list (content/commands.json), each command emphasised.</summary>
    private MessageView Help(Language language)
    {
        var commands = _content.Commands.Explained
            .Select(c => Run.Fill(S("interview.help.command", language), ("command", new EmphasisRun(c.Say[language])), ("does", new PlainRun(c.Does[language]))))
            .ToList();
        return new MessageView(new RichText(
        [
            new Paragraph([new PlainRun(F("interview.help", language, ("total", Questions.Count)))]),
            new Paragraph([new PlainRun(S("interview.help.commandsIntro", language))]),
            new BulletList(commands),
        ]));
    }

    private static MessageView Say(string text) => new(RichText.Plain(text));

    private void Record(InterviewState state, UserTurn turn, TranscriptOutcome outcome)
    {
        var said = turn.Text ?? string.Empty;
        if (turn.Data is { Count: > 0 })
        {
            said = string.Join(", ", turn.Data.Select(kv => $"{kv.Key}={kv.Value}")) + (said.Length > 0 ? " " + said : string.Empty);
        }

        state.Transcript.Add(new TranscriptEntry
        {
            QuestionId = state.Phase == InterviewPhase.Asking ? Current(state).Id : null,

            // What is longer than any answer the interview takes is kept up to that length: a message of megabytes
            // would otherwise be rewritten with the document on every later turn.
            Text = said.Length > MaxAnswerLength ? string.Concat(said.AsSpan(0, MaxAnswerLength), "…") : said,
            Outcome = outcome,
            At = _clock.GetUtcNow(),
        });
        if (state.Transcript.Count > MaxTranscriptEntries)
        {
            state.Transcript.RemoveRange(0, state.Transcript.Count - MaxTranscriptEntries);
        }
    }

    private static void ResetStep(InterviewState state)
    {
        state.Attempts = 0;
        state.Suggestion = null;
    }

    private Question Current(InterviewState state) => Questions[PositionOf(state)];

    /// <summary>
    /// Where the question being asked stands in the content's order. Progress is kept as a question id, so content
    /// can be reordered under an interview in progress; a question the content no longer has gives way to the first one
    /// not yet answered.
    /// </summary>
    private int PositionOf(InterviewState state)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            if (Questions[i].Id == state.QuestionId)
            {
                return i;
            }
        }

        return Math.Max(0, FirstUnanswered(state));
    }

    /// <summary>
    /// The next question without an answer: after the current one in the content's order, then from the top (one that
    /// going back, or a reordering of the content, left behind); null when every question has its answer. A question
    /// answered before the user went back is not asked again.
    /// </summary>
    private Question? NextQuestion(InterviewState state)
    {
        var position = PositionOf(state);
        for (var step = 1; step < Questions.Count; step++)
        {
            var candidate = Questions[(position + step) % Questions.Count];
            if (!state.Answers.ContainsKey(candidate.Id))
            {
                return candidate;
            }
        }

        return null;
    }

    private int FirstUnanswered(InterviewState state)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            if (!state.Answers.ContainsKey(Questions[i].Id))
            {
                return i;
            }
        }

        return -1;
    }

    private static Language LanguageOf(InterviewState state, Language? localeLanguage, string? text) =>
        Languages.FromLocale(state.LanguageTag) ?? localeLanguage ?? Languages.Detect(text);

    private string Hint(Question question, Language language) => F("interview.hint", language, ("hint", question.Hint[language]));

    private string S(string key, Language language) => _content.Strings.Get(key, language);

    private string F(string key, Language language, params (string Name, object Value)[] values) =>
        _content.Strings.Format(key, language, values);
}
