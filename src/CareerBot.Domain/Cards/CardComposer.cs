using System.Globalization;
using System.Text.Json.Nodes;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Localization;

namespace CareerBot.Domain.Cards;

/// <summary>"3/8": where the user is in the interview.</summary>
public sealed record InterviewProgress(int Current, int Total)
{
    public override string ToString() => $"{Current}/{Total}";
}

/// <summary>
/// Builds every card the bot sends from the typed card model, in the user's language, with strings from
/// content/strings/cards.json. User-supplied text (quoted answers) is always markdown-escaped.
/// </summary>
public sealed class CardComposer
{
    /// <summary>Teams shows only a few card-level actions; every card keeps to this many.</summary>
    public const int MaxCardActions = 5;

    private const int MaxLabelLength = 40;

    // The year buckets of docs/domain.md (rule 2): y < 1, 1 ≤ y < 3, 3 ≤ y < 5, 5 ≤ y < 8, y ≥ 8.
    private static readonly double[] YearBucketBounds = [1, 3, 5, 8];

    private readonly CareerContent _content;

    public CardComposer(CareerContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
    }

    /// <summary>The greeting: what the bot does, a Start button, and the language switch.</summary>
    public AdaptiveCard Welcome(Language language)
    {
        return new AdaptiveCard
        {
            FallbackText = S("card.welcome.fallback", language),
            Body =
            [
                Heading(S("card.welcome.title", language)),
                Paragraph(S("card.welcome.intro", language)),
                Paragraph(S("card.welcome.length", language)) with { Weight = TextWeight.Bolder },
                Paragraph(S("card.welcome.transparency", language)),
                Paragraph(S("card.welcome.commands", language)) with { IsSubtle = true, Size = TextSize.Small, Separator = true },
            ],
            Actions =
            [
                Submit(S("card.welcome.start", language), Data(CardData.Command, CardData.Commands.Start)) with { Style = ActionStyle.Positive },
                Submit(S("card.language.zhCN", language), LanguageData(Languages.ZhCnTag)),
                Submit(S("card.language.enUS", language), LanguageData(Languages.EnUsTag)),
            ],
        };
    }

    /// <summary>
    /// A fact question as a choice card: an Input.ChoiceSet whose id is the question id and a submit action. With a
    /// suggestion (a fact already stated in an earlier answer), a one-tap confirm action and the quoted fragment.
    /// </summary>
    public AdaptiveCard FactQuestion(Question question, Language language, InterviewProgress progress, FactReading? suggestion)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(progress);

        var prompt = question.Prompt[language];
        var body = new List<CardElement>
        {
            Paragraph(F("card.question.progress", language, ("current", progress.Current), ("total", progress.Total))) with
            {
                IsSubtle = true,
                Size = TextSize.Small,
            },
            Heading(prompt) with { Spacing = Spacing.Small },
            Paragraph(question.Hint[language]) with { IsSubtle = true },
        };

        var actions = new List<AdaptiveAction>();
        string? preselected = null;
        if (suggestion is not null)
        {
            var label = SuggestionLabel(question, suggestion.Value, language);
            body.Add(new Container(
            [
                Paragraph(F("card.question.mentioned", language, ("fragment", MarkdownText.Quote(suggestion.Fragment)))),
            ])
            {
                Style = ContainerStyle.Accent,
                Spacing = Spacing.Medium,
            });
            actions.Add(Submit(
                F("card.question.confirm", language, ("label", label)),
                new JsonObject { [CardData.AnswerTo] = question.Id, [CardData.Confirm] = suggestion.Value }) with
            {
                Style = ActionStyle.Positive,
                AssociatedInputs = AssociatedInputs.None,
            });
            preselected = MatchingChoice(question, suggestion.Value);
        }

        if (question.Choices.Count > 0)
        {
            body.Add(new ChoiceSetInput(question.Id, [.. question.Choices.Select(c => new InputChoice(c.Label[language], c.Value))])
            {
                Label = S("card.question.choiceLabel", language),
                Style = ChoiceInputStyle.Expanded,
                Value = preselected,
                IsRequired = true,
                ErrorMessage = S("card.question.required", language),
                Wrap = true,
                Spacing = Spacing.Medium,
            });
            actions.Add(Submit(S("card.question.next", language), new JsonObject { [CardData.AnswerTo] = question.Id }) with
            {
                Style = suggestion is null ? ActionStyle.Positive : null,
            });
        }

        body.Add(Paragraph(S("card.question.typeInstead", language)) with { IsSubtle = true, Size = TextSize.Small });
        actions.Add(Submit(S("card.question.skip", language), Data(CardData.Command, CardData.Commands.Skip)) with
        {
            AssociatedInputs = AssociatedInputs.None,
        });

        return new AdaptiveCard
        {
            FallbackText = F("card.question.fallback", language, ("prompt", prompt)),
            Body = body,
            Actions = actions,
        };
    }

    /// <summary>The result: track, ladder with current and target, next-level expectations, learning stage and links,
    /// "why this result" (evidence), "that's not me" (a correction, when the result is a kept assessment's) and
    /// restart.</summary>
    public AdaptiveCard Result(Assessment assessment, Language language, Guid? assessmentId = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);

        var ladder = _content.Ladders.For(assessment.Track);
        var level = ladder.Clamp(assessment.Level);
        var target = Math.Max(level, ladder.Clamp(assessment.TargetLevel));
        var stage = _content.Catalog[assessment.LearningStage];
        var stageTag = "L" + ((int)assessment.LearningStage).ToString(CultureInfo.InvariantCulture);

        var body = new List<CardElement>
        {
            Heading(S("card.result.title", language)),
            new FactSet(
            [
                new Fact(S("card.result.track", language), ladder.Name[language]),
                new Fact(S("card.result.current", language), ladder[level].Title[language]),
                new Fact(S("card.result.target", language), ladder[target].Title[language]),
            ]),
            LadderView(ladder, level, target, language),
            NextLevel(ladder, level, language),
            new Container(
            [
                Paragraph(F("card.result.learning", language, ("stage", stageTag), ("name", stage.Name[language]))) with
                {
                    Weight = TextWeight.Bolder,
                },
                Paragraph(stage.Summary[language]),
                Paragraph(S("card.result.links", language)) with { IsSubtle = true, Size = TextSize.Small },
                .. LinkList(assessment.LearningStage, language),
            ])
            {
                Separator = true,
                Spacing = Spacing.Medium,
            },
        };

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
                new ShowCardAction(EvidenceCard(assessment, language)) { Title = S("card.result.why", language) },
                .. assessmentId is { } id ? [new ShowCardAction(CorrectionCard(assessment.Track, level, id, language)) { Title = S("card.result.notMe", language) }] : Array.Empty<AdaptiveAction>(),
                Submit(S("card.result.restart", language), Data(CardData.Command, CardData.Commands.Restart)),
            ],
        };
    }

    /// <summary>"That's not me": every level of both tracks to pick from, the current result preselected.</summary>
    private AdaptiveCard CorrectionCard(Track track, int level, Guid assessmentId, Language language)
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
                Paragraph(S("card.correction.intro", language)),
                new ChoiceSetInput(CardData.CorrectedLevel, choices)
                {
                    Label = S("card.correction.label", language),
                    Value = AssessmentCorrection.Format(track, level),
                    IsRequired = true,
                    ErrorMessage = S("card.question.required", language),
                },
            ],
            Actions =
            [
                Submit(S("card.correction.save", language), new JsonObject
                {
                    [CardData.Command] = CardData.Commands.Correct,
                    [CardData.AssessmentId] = assessmentId.ToString("D"),
                }),
            ],
        };
    }

    /// <summary>
    /// The stage's links, one ActionSet each so they stack as a list: side by side, hosts cut long titles to a few
    /// characters.
    /// </summary>
    private IEnumerable<ActionSet> LinkList(Learning.LearningStage stage, Language language) =>
        _content.Catalog.LinksFor(stage, language)
            .Select(r => new ActionSet([new OpenUrlAction(r.Url) { Title = r.Title }]) { Spacing = Spacing.Small });

    /// <summary>The track's levels, top first like a ladder, with the current and target levels marked.</summary>
    private Container LadderView(Ladder ladder, int level, int target, Language language)
    {
        var rows = new List<CardElement>
        {
            Paragraph(S("card.result.ladder", language)) with { Weight = TextWeight.Bolder },
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
                new([Paragraph(F("card.result.levelBadge", language, ("level", step.Level))) with { Weight = TextWeight.Bolder, IsSubtle = !highlighted }])
                {
                    Width = ColumnWidth.Pixels(32),
                    VerticalContentAlignment = VerticalAlignment.Center,
                },
                new([Paragraph(step.Title[language]) with { Weight = highlighted ? TextWeight.Bolder : null, IsSubtle = highlighted || between ? null : true }])
                {
                    Width = ColumnWidth.Stretch,
                    VerticalContentAlignment = VerticalAlignment.Center,
                },
            };
            if (marker is not null)
            {
                columns.Add(new([Paragraph(marker) with { Weight = TextWeight.Bolder, HorizontalAlignment = HorizontalAlignment.Right, Color = isCurrent ? TextColor.Accent : TextColor.Good }])
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
            items.Add(Paragraph(F("card.result.nextLevel", language, ("title", next.Title[language]))) with { Weight = TextWeight.Bolder });
            items.Add(Paragraph(next.Expects[language]));
        }
        else
        {
            items.Add(Paragraph(S("card.result.topOfTrack", language)) with { Weight = TextWeight.Bolder });
        }

        items.Add(Paragraph(S("card.result.focus", language)) with { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        items.Add(Paragraph(ladder.NextLevelFocus[language]) with { IsSubtle = true });
        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>"Why this result?": per field, the quoted answer fragments, the question they answered and the rule.</summary>
    private AdaptiveCard EvidenceCard(Assessment assessment, Language language)
    {
        var body = new List<CardElement>
        {
            Paragraph(S("card.evidence.title", language)) with { Weight = TextWeight.Bolder, Size = TextSize.Medium },
            Paragraph(S("card.evidence.intro", language)) with { IsSubtle = true, Size = TextSize.Small },
        };
        foreach (var field in Enum.GetValues<AssessedField>())
        {
            var items = new List<CardElement>
            {
                Paragraph(S(FieldKey(field), language)) with { Weight = TextWeight.Bolder },
            };
            var evidence = assessment.EvidenceFor(field).ToList();
            if (evidence.Count == 0)
            {
                items.Add(Paragraph(S("card.evidence.none", language)) with { IsSubtle = true });
            }

            foreach (var e in evidence)
            {
                if (!string.IsNullOrWhiteSpace(e.Fragment))
                {
                    items.Add(Paragraph(F("card.evidence.quote", language, ("fragment", MarkdownText.Quote(e.Fragment)))) with { Spacing = Spacing.Small });
                }

                items.Add(Paragraph(From(e.QuestionId, language)) with { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
                items.Add(Paragraph(RuleText(e.Rule, language)) with { Size = TextSize.Small, Spacing = Spacing.None });
            }

            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        }

        return new AdaptiveCard { Schema = null, Body = body };
    }

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

    /// <summary>What a one-tap confirm says: the choice's label, or for experience the years in words.</summary>
    private string SuggestionLabel(Question question, string value, Language language)
    {
        if (question.Id == QuestionIds.Experience && TryYears(value, out var years))
        {
            return YearsInWords(years, language);
        }

        // A value no choice has is shown as it is, shortened: button titles are plain text, but hosts cut long ones.
        var choice = question.Choices.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase));
        return choice is not null ? choice.Label[language] : MarkdownText.Truncate(value, MaxLabelLength);
    }

    /// <summary>"5 years" / "5年".</summary>
    internal string YearsInWords(double years, Language language) =>
        F(years == 1 ? "card.years.one" : "card.years.other", language, ("years", years.ToString("0.##", CultureInfo.InvariantCulture)));

    /// <summary>
    /// The choice to preselect for a suggested value: the choice with that value, or for experience the choice in
    /// the same year bucket as the suggested years.
    /// </summary>
    private static string? MatchingChoice(Question question, string value)
    {
        var exact = question.Choices.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact.Value;
        }

        if (question.Id != QuestionIds.Experience || !TryYears(value, out var years))
        {
            return null;
        }

        var bucket = YearBucket(years);
        return question.Choices.FirstOrDefault(c => TryYears(c.Value, out var y) && YearBucket(y) == bucket)?.Value;
    }

    private static int YearBucket(double years) => YearBucketBounds.Count(bound => years >= bound);

    private static bool TryYears(string value, out double years) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out years) && years >= 0 && double.IsFinite(years);

    private string S(string key, Language language) => _content.Strings.Get(key, language);

    private string F(string key, Language language, params (string Name, object Value)[] values) => _content.Strings.Format(key, language, values);

    private static TextBlock Heading(string text) =>
        new(text) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };

    private static TextBlock Paragraph(string text) => new(text) { Wrap = true };

    private static SubmitAction Submit(string title, JsonObject data) => new() { Title = title, Data = data };

    private static JsonObject Data(string key, string value) => new() { [key] = value };

    private static JsonObject LanguageData(string tag) =>
        new() { [CardData.Command] = CardData.Commands.Language, [CardData.Language] = tag };
}
