using System.Globalization;
using System.Text.Json.Nodes;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Views;

namespace CareerBot.Bot.Rendering.AdaptiveCards;

/// <summary>
/// Renders views for Bot Framework channels (Teams, Web Chat): text views as Bot Framework markdown, the rest as
/// Adaptive Cards 1.5 built from the typed card model, in the user's language, with strings from
/// content/strings/cards.json. User-supplied text (quoted answers) is always markdown-escaped.
/// </summary>
public sealed class AdaptiveCardRenderer
{
    /// <summary>Teams shows only a few card-level actions; every card keeps to this many.</summary>
    public const int MaxCardActions = 5;

    private readonly CareerContent _content;

    public AdaptiveCardRenderer(CareerContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
    }

    /// <summary>
    /// A view as what a message carries: markdown text, or a card with its plain summary, its buttons written for how
    /// the host sends taps back (<see cref="CardActions.Submit"/> when not given).
    /// </summary>
    public RenderedView Render(View view, Language language, CardActions? actions = null)
    {
        var taps = actions ?? CardActions.Submit;
        return view switch
        {
            MessageView message => new RenderedText(RichTextMarkdown.Write(message.Text)),
            CorrectionSavedView saved => new RenderedText(RichTextMarkdown.Write(saved.Message)),
            OpenQuestionView question => new RenderedText(RichTextMarkdown.Write(QuestionLine(question.Progress, question.Prompt, language))),
            WelcomeView => new RenderedCard(Welcome(language, taps), S("interview.welcome.summary", language)),

            // A summary is plain text (notifications show it as it is): the question line without emphasis.
            FactQuestionView question => new RenderedCard(FactQuestion(question, language, taps), QuestionSummary(question.Progress, question.Prompt, language)),
            AnsweredQuestionView answered => new RenderedCard(AnsweredQuestion(answered, language), QuestionSummary(answered.Progress, answered.Prompt, language)),
            ResultView result => new RenderedCard(Result(result, language, taps), S("interview.result.summary", language)),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view, "No Adaptive Card rendering for this view."),
        };
    }

    private string QuestionSummary(InterviewProgress progress, string prompt, Language language) =>
        F("interview.question", language, ("progress", progress), ("prompt", prompt));

    /// <summary>The greeting: what the bot does, a Start button, and the language switch.</summary>
    public AdaptiveCard Welcome(Language language, CardActions? actions = null)
    {
        var taps = actions ?? CardActions.Submit;
        return new AdaptiveCard
        {
            FallbackText = S("card.welcome.fallback", language),
            Body =
            [
                Heading(S("card.welcome.title", language)),
                Text(S("card.welcome.intro", language)),
                Text(S("card.welcome.length", language)) with { Weight = TextWeight.Bolder },
                Text(S("card.welcome.transparency", language)),
                Text(S("card.welcome.commands", language)) with { IsSubtle = true, Size = TextSize.Small, Separator = true },
            ],
            Actions =
            [
                taps.Tap(ActionData.Commands.Start, S("card.welcome.start", language), Data(ActionData.Command, ActionData.Commands.Start), style: ActionStyle.Positive),
                taps.Tap(ActionData.Commands.Language, S("card.language.zhCN", language), LanguageData(Languages.ZhCnTag)),
                taps.Tap(ActionData.Commands.Language, S("card.language.enUS", language), LanguageData(Languages.EnUsTag)),
            ],
        };
    }

    /// <summary>
    /// A fact question as a choice card: an Input.ChoiceSet whose id is the question id and a submit action. With a
    /// suggestion (a fact already stated in an earlier answer), a one-tap confirm action and the quoted fragment.
    /// </summary>
    public AdaptiveCard FactQuestion(FactQuestionView question, Language language, CardActions? actions = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var taps = actions ?? CardActions.Submit;
        var progress = question.Progress;
        var prompt = question.Prompt;
        var suggestion = question.Suggestion;
        var body = new List<CardElement>
        {
            Text(F("card.question.progress", language, ("current", progress.Current), ("total", progress.Total))) with
            {
                IsSubtle = true,
                Size = TextSize.Small,
            },
            Heading(prompt) with { Spacing = Spacing.Small },
            Text(question.Hint) with { IsSubtle = true },
        };

        var buttons = new List<AdaptiveAction>();
        if (suggestion is not null)
        {
            body.Add(new Container(
            [
                Text(F("card.question.mentioned", language, ("fragment", MarkdownText.Quote(suggestion.Words)))),
            ])
            {
                Style = ContainerStyle.Accent,
                Spacing = Spacing.Medium,
            });
            buttons.Add(taps.Tap(
                CardActions.ConfirmVerb,
                F("card.question.confirm", language, ("label", suggestion.Label)),
                new JsonObject { [ActionData.AnswerTo] = question.QuestionId, [ActionData.Confirm] = suggestion.Value },
                AssociatedInputs.None,
                ActionStyle.Positive));
        }

        if (question.Choices.Count > 0)
        {
            body.Add(new ChoiceSetInput(question.QuestionId, [.. question.Choices.Select(c => new InputChoice(c.Label, c.Value))])
            {
                Label = S("card.question.choiceLabel", language),
                Style = ChoiceInputStyle.Expanded,
                Value = suggestion?.MatchingChoice,
                IsRequired = true,
                ErrorMessage = S("card.question.required", language),
                Wrap = true,
                Spacing = Spacing.Medium,
            });
            buttons.Add(taps.Tap(
                CardActions.AnswerVerb, S("card.question.next", language), new JsonObject { [ActionData.AnswerTo] = question.QuestionId }, style: suggestion is null ? ActionStyle.Positive : null));
        }

        body.Add(Text(S("card.question.typeInstead", language)) with { IsSubtle = true, Size = TextSize.Small });
        // The skip names its question, so a tap on an old card cannot skip the one asked now.
        buttons.Add(taps.Tap(
            ActionData.Commands.Skip,
            S("card.question.skip", language),
            new JsonObject { [ActionData.Command] = ActionData.Commands.Skip, [ActionData.AnswerTo] = question.QuestionId },
            AssociatedInputs.None));

        return new AdaptiveCard
        {
            FallbackText = F("card.question.fallback", language, ("prompt", prompt)),
            Refresh = taps.Refresh(new JsonObject { [ActionData.Command] = ActionData.Commands.Refresh, [ActionData.AnswerTo] = question.QuestionId }),
            Body = body,
            Actions = buttons,
        };
    }

    /// <summary>
    /// A question card once it takes no more answers: the question and what became of it (the answer quoted as the
    /// user's data), no inputs and no buttons; after a late tap, a note that nothing changed.
    /// </summary>
    public AdaptiveCard AnsweredQuestion(AnsweredQuestionView answered, Language language)
    {
        ArgumentNullException.ThrowIfNull(answered);
        var outcome = answered.State switch
        {
            AnsweredState.Answered => F("card.answered.answer", language, ("answer", "**" + MarkdownText.Escape(answered.Answer ?? string.Empty) + "**")),
            AnsweredState.Skipped => S("card.answered.skipped", language),
            _ => S("card.answered.unanswered", language),
        };
        var body = new List<CardElement>
        {
            Text(F("card.question.progress", language, ("current", answered.Progress.Current), ("total", answered.Progress.Total))) with
            {
                IsSubtle = true,
                Size = TextSize.Small,
            },
            Heading(answered.Prompt) with { Spacing = Spacing.Small },
            Text(outcome) with { IsSubtle = answered.State != AnsweredState.Answered, Spacing = Spacing.Medium },
        };
        if (answered.Late)
        {
            var note = answered.State == AnsweredState.Unanswered ? "card.answered.lateUnanswered" : "card.answered.late";
            body.Add(new Container([Text(S(note, language))]) { Style = ContainerStyle.Warning, Spacing = Spacing.Medium });
        }

        return new AdaptiveCard
        {
            FallbackText = QuestionSummary(answered.Progress, answered.Prompt, language) + " "
                + (answered.State == AnsweredState.Answered ? F("card.answered.answer", language, ("answer", answered.Answer ?? string.Empty)) : outcome),
            Body = body,
        };
    }

    /// <summary>The result: track, ladder with current and target, next-level expectations, learning stage and links,
    /// "why this result" (evidence), "that's not me" (a correction, when the result is a kept assessment's) and
    /// restart.</summary>
    public AdaptiveCard Result(ResultView result, Language language, CardActions? actions = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var taps = actions ?? CardActions.Submit;
        var assessment = result.Assessment;

        var ladder = _content.Ladders.For(assessment.Track);
        var level = ladder.Clamp(assessment.Level);
        var target = Math.Max(level, ladder.Clamp(assessment.TargetLevel));
        var stage = _content.Catalog[assessment.LearningStage];
        var stageTag = "L" + ((int)assessment.LearningStage).ToString(CultureInfo.InvariantCulture);

        var summary = new FactSet(
        [
            new Fact(S("card.result.track", language), ladder.Name[language]),
            new Fact(S("card.result.current", language), ladder[level].Title[language]),
            new Fact(S("card.result.target", language), ladder[target].Title[language]),
        ]);

        // Switched in place (Universal Actions), the card shows its evidence instead of the ladder and learning path.
        var inPlace = taps.Universal && result.AssessmentId is not null;
        var showEvidence = inPlace && result.ShowEvidence;
        List<CardElement> body = showEvidence
            ? [Heading(S("card.result.title", language)), summary, .. EvidenceItems(assessment, language)]
            :
            [
            Heading(S("card.result.title", language)),
            summary,
            LadderView(ladder, level, target, language),
            NextLevel(ladder, level, language),
            new Container(
            [
                Text(F("card.result.learning", language, ("stage", stageTag), ("name", stage.Name[language]))) with
                {
                    Weight = TextWeight.Bolder,
                },
                Text(stage.Summary[language]),
                Text(S("card.result.links", language)) with { IsSubtle = true, Size = TextSize.Small },
                .. LinkList(assessment.LearningStage, language),
            ])
            {
                Separator = true,
                Spacing = Spacing.Medium,
            },
            ];

        var assessmentData = result.AssessmentId is { } assessmentId ? assessmentId.ToString("D") : null;
        AdaptiveAction why = !inPlace
            ? new ShowCardAction(new AdaptiveCard { Schema = null, Body = EvidenceItems(assessment, language) }) { Title = S("card.result.why", language) }
            : showEvidence
                ? taps.Tap(ActionData.Commands.HideEvidence, S("card.result.back", language), ResultData(ActionData.Commands.HideEvidence, assessmentData))
                : taps.Tap(ActionData.Commands.ShowEvidence, S("card.result.why", language), ResultData(ActionData.Commands.ShowEvidence, assessmentData));
        return new AdaptiveCard
        {
            FallbackText = F(
                "card.result.fallback",
                language,
                ("track", ladder.Name[language]),
                ("current", ladder[level].Title[language]),
                ("target", ladder[target].Title[language]),
                ("stage", stageTag)),
            Body = body,
            Actions =
            [
                why,
                .. result.AssessmentId is { } id ? [new ShowCardAction(CorrectionCard(assessment.Track, level, id, language, taps)) { Title = S("card.result.notMe", language) }] : Array.Empty<AdaptiveAction>(),

                // The restart names the result card it came from, so that card can stay as it is where cards update in place.
                taps.Tap(ActionData.Commands.Restart, S("card.result.restart", language), ResultData(ActionData.Commands.Restart, assessmentData)),
            ],
        };
    }

    private static JsonObject ResultData(string command, string? assessmentId)
    {
        var data = Data(ActionData.Command, command);
        if (assessmentId is not null)
        {
            data[ActionData.AssessmentId] = assessmentId;
        }

        return data;
    }

    /// <summary>"That's not me": every level of both tracks to pick from, the current result preselected.</summary>
    private AdaptiveCard CorrectionCard(Track track, int level, Guid assessmentId, Language language, CardActions taps)
    {
        var choices = new[] { _content.Ladders.Professional, _content.Ladders.Management }
            .SelectMany(ladder => ladder.Levels.Select(l => new InputChoice(
                F("card.correction.choice", language, ("track", ladder.Name[language]), ("title", l.Title[language])),
                AssessmentCorrection.Format(ladder.Track, l.Level))))
            .ToList();
        return new AdaptiveCard
        {
            Schema = null,
            Body =
            [
                Text(S("card.correction.intro", language)),
                new ChoiceSetInput(ActionData.CorrectedLevel, choices)
                {
                    Label = S("card.correction.label", language),
                    Value = AssessmentCorrection.Format(track, level),
                    IsRequired = true,
                    ErrorMessage = S("card.question.required", language),
                },
            ],
            Actions =
            [
                taps.Tap(ActionData.Commands.Correct, S("card.correction.save", language), ResultData(ActionData.Commands.Correct, assessmentId.ToString("D"))),
            ],
        };
    }

    /// <summary>
    /// The stage's links, one ActionSet each so they stack as a list: side by side, hosts cut long titles to a few
    /// characters.
    /// </summary>
    private IEnumerable<ActionSet> LinkList(LearningStage stage, Language language) =>
        _content.Catalog.LinksFor(stage, language)
            .Select(r => new ActionSet([new OpenUrlAction(r.Url) { Title = r.Title }]) { Spacing = Spacing.Small });

    /// <summary>The track's levels, top first like a ladder, with the current and target levels marked.</summary>
    private Container LadderView(Ladder ladder, int level, int target, Language language)
    {
        var rows = new List<CardElement>
        {
            Text(S("card.result.ladder", language)) with { Weight = TextWeight.Bolder },
        };
        foreach (var step in ladder.Levels.OrderByDescending(l => l.Level))
        {
            var isCurrent = step.Level == level;
            var isTarget = step.Level == target;
            var between = step.Level > level && step.Level < target;
            var marker = (isCurrent, isTarget) switch
            {
                (true, true) => S("card.result.hereAndTarget", language),
                (true, false) => S("card.result.youAreHere", language),
                (false, true) => S("card.result.targetMark", language),
                _ => null,
            };
            var highlighted = isCurrent || isTarget;
            var columns = new List<Column>
            {
                new([Text(F("card.result.levelBadge", language, ("level", step.Level))) with { Weight = TextWeight.Bolder, IsSubtle = !highlighted }])
                {
                    Width = ColumnWidth.Pixels(32),
                    VerticalContentAlignment = VerticalAlignment.Center,
                },
                new([Text(step.Title[language]) with { Weight = highlighted ? TextWeight.Bolder : null, IsSubtle = highlighted || between ? null : true }])
                {
                    Width = ColumnWidth.Stretch,
                    VerticalContentAlignment = VerticalAlignment.Center,
                },
            };
            if (marker is not null)
            {
                columns.Add(new([Text(marker) with { Weight = TextWeight.Bolder, HorizontalAlignment = HorizontalAlignment.Right, Color = isCurrent ? TextColor.Accent : TextColor.Good }])
                {
                    Width = ColumnWidth.Auto,
                    VerticalContentAlignment = VerticalAlignment.Center,
                });
            }

            rows.Add(new ColumnSet(columns)
            {
                Id = "ladder-" + step.Level.ToString(CultureInfo.InvariantCulture),
                // Every row is styled, so every row gets the same padding and the levels line up.
                Style = isCurrent ? ContainerStyle.Accent : isTarget ? ContainerStyle.Good : ContainerStyle.Emphasis,
                Spacing = Spacing.Small,
            });
        }

        return new Container(rows) { Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>What the next level expects, and how this track grows; at the top, that there is no next level.</summary>
    private Container NextLevel(Ladder ladder, int level, Language language)
    {
        var items = new List<CardElement>();
        if (level < ladder.Top)
        {
            var next = ladder[level + 1];
            items.Add(Text(F("card.result.nextLevel", language, ("title", next.Title[language]))) with { Weight = TextWeight.Bolder });
            items.Add(Text(next.Expects[language]));
        }
        else
        {
            items.Add(Text(S("card.result.topOfTrack", language)) with { Weight = TextWeight.Bolder });
        }

        items.Add(Text(S("card.result.focus", language)) with { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        items.Add(Text(ladder.NextLevelFocus[language]) with { IsSubtle = true });
        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>"Why this result?" (a card shown under the result, or the result switched in place): per field, the quoted answer fragments, the question they answered and the rule.</summary>
    private List<CardElement> EvidenceItems(Assessment assessment, Language language)
    {
        var body = new List<CardElement>
        {
            Text(S("card.evidence.title", language)) with { Weight = TextWeight.Bolder, Size = TextSize.Medium },
            Text(S("card.evidence.intro", language)) with { IsSubtle = true, Size = TextSize.Small },
        };
        foreach (var field in Enum.GetValues<AssessedField>())
        {
            var items = new List<CardElement>
            {
                Text(S(FieldKey(field), language)) with { Weight = TextWeight.Bolder },
            };
            var evidence = assessment.EvidenceFor(field).ToList();
            if (evidence.Count == 0)
            {
                items.Add(Text(S("card.evidence.none", language)) with { IsSubtle = true });
            }

            foreach (var e in evidence)
            {
                if (!string.IsNullOrWhiteSpace(e.Fragment))
                {
                    items.Add(Text(F("card.evidence.quote", language, ("fragment", MarkdownText.Quote(Tapped(e.QuestionId, e.Fragment, language) ?? e.Fragment)))) with { Spacing = Spacing.Small });
                }

                items.Add(Text(From(e.QuestionId, language)) with { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
                items.Add(Text(RuleText(e.Rule, language)) with { Size = TextSize.Small, Spacing = Spacing.None });
            }

            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        }

        return body;
    }

    /// <summary>
    /// A tapped choice is kept as its value ("lead"); quoted back, it reads as the label the person tapped ("I lead a team").
    /// </summary>
    private string? Tapped(string? questionId, string fragment, Language language) =>
        _content.Questions.FirstOrDefault(q => q.Id == questionId)?.Choices.FirstOrDefault(c => c.Value == fragment)?.Label[language];

    private string From(string? questionId, Language language)
    {
        if (questionId is null)
        {
            return S("card.evidence.fromDefault", language);
        }

        var question = _content.Questions.FirstOrDefault(q => q.Id == questionId);
        return F("card.evidence.from", language, ("prompt", question is null ? MarkdownText.Escape(questionId) : question.Prompt[language]));
    }

    /// <summary>The readable description of an evidence rule key; an unknown key is shown (escaped) as it is.</summary>
    internal string RuleText(string rule, Language language)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var text = _content.Strings.Find("card.rule." + rule);
        return text is not null && !string.IsNullOrWhiteSpace(text[language])
            ? text[language]
            : F("card.rule.unknown", language, ("rule", MarkdownText.Quote(rule)));
    }

    private static string FieldKey(AssessedField field) => field switch
    {
        AssessedField.Track => "card.field.track",
        AssessedField.Level => "card.field.level",
        AssessedField.TargetLevel => "card.field.targetLevel",
        AssessedField.LearningStage => "card.field.learningStage",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>"3/8 What is your plan?" with the progress emphasised.</summary>
    private RichText QuestionLine(InterviewProgress progress, string prompt, Language language) =>
        new([new Paragraph(Run.Fill(S("interview.question", language), ("progress", new EmphasisRun(progress.ToString())), ("prompt", new PlainRun(prompt))))]);

    private string S(string key, Language language) => _content.Strings.Get(key, language);

    private string F(string key, Language language, params (string Name, object Value)[] values) => _content.Strings.Format(key, language, values);

    private static TextBlock Heading(string text) =>
        new(text) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };

    private static TextBlock Text(string text) => new(text) { Wrap = true };

    private static JsonObject Data(string key, string value) => new() { [key] = value };

    private static JsonObject LanguageData(string tag) =>
        new() { [ActionData.Command] = ActionData.Commands.Language, [ActionData.Language] = tag };
}
