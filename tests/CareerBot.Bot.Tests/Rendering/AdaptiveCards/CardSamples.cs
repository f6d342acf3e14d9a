using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Views;

namespace CareerBot.Bot.Tests.Rendering.AdaptiveCards;

/// <summary>Every card the bot can send, by a file-safe name: what the validation test checks with the official tools.</summary>
internal static class CardSamples
{
    /// <summary>Answer text a user could type, written to break a card: markdown, HTML, quotes, emoji, length.</summary>
    public static IReadOnlyList<string> HostileTexts { get; } =
    [
        "**bold** _italic_ [click me](https://evil.example/phish) ![img](https://evil.example/x.png) `code` ~~gone~~",
        "<script>alert('x')</script><b>html</b> &amp; &lt;tag&gt;",
        "\"double\" 'single' “curly” ‘quotes’ \\ backslash \\\" {fragment} {label} $schema",
        "🚀👩‍💻🇨🇳 我做了五年，负责支付核心业务线，带3个人 😀",
        "- list item\n1. numbered\n# heading\n> quote\n---\n| a | b |\nhttps://evil.example www.evil.example",
        string.Concat(Enumerable.Repeat("很长的回答 very long answer ", 400)),
        "\u0000\u0007control\u001b[31m chars\u200b\u202e reversed",
    ];

    public static IEnumerable<(string Name, AdaptiveCard Card)> All(CareerContent content)
    {
        var renderer = new AdaptiveCardRenderer(content);
        foreach (var language in Languages.All)
        {
            var lang = language.Tag();
            yield return ($"welcome.{lang}", renderer.Welcome(language));

            var facts = content.Questions.Where(q => q.Kind == QuestionKind.Fact).ToList();
            for (var i = 0; i < facts.Count; i++)
            {
                var question = facts[i];
                var progress = new InterviewProgress(QuestionIds.Open.Count + i + 1, QuestionIds.Open.Count + facts.Count);
                yield return ($"fact.{question.Id}.{lang}", renderer.FactQuestion(FactQuestionView.For(question, progress, null, language, content), language));
                foreach (var (suffix, suggestion) in Suggestions(question))
                {
                    yield return ($"fact.{question.Id}.suggest-{suffix}.{lang}", renderer.FactQuestion(FactQuestionView.For(question, progress, suggestion, language, content), language));
                }
            }

            foreach (var (name, assessment) in Assessments(content))
            {
                yield return ($"result.{name}.{lang}", renderer.Result(new ResultView(assessment, null), language));
                yield return ($"result.{name}.correctable.{lang}", renderer.Result(new ResultView(assessment, Guid.Parse("6f1c2a9e-8d3b-4c5a-9e7f-1a2b3c4d5e6f")), language));
            }

            // Teams: the same cards with Universal Actions, and the forms they are replaced with in place.
            var teams = CardActions.UniversalFor("29:owner-" + lang);
            yield return ($"teams.welcome.{lang}", renderer.Welcome(language, teams));
            var fact = facts[0];
            var factProgress = new InterviewProgress(QuestionIds.Open.Count + 1, QuestionIds.Open.Count + facts.Count);
            yield return ($"teams.fact.{fact.Id}.{lang}", renderer.FactQuestion(FactQuestionView.For(fact, factProgress, Suggestions(fact).First().Suggestion, language, content), language, teams));
            var answers = new (string Name, AnsweredState State, string? Answer, bool Late)[]
            {
                ("answered", AnsweredState.Answered, fact.Choices[0].Label[language], false),
                ("skipped", AnsweredState.Skipped, null, false),
                ("late", AnsweredState.Answered, fact.Choices[^1].Label[language], true),
                ("late-unanswered", AnsweredState.Unanswered, null, true),
            }.Concat(HostileTexts.Select((text, i) => ($"hostile-{i}", AnsweredState.Answered, (string?)text, i % 2 == 0)));
            foreach (var (name, state, answer, late) in answers)
            {
                yield return ($"teams.answered.{name}.{lang}", renderer.AnsweredQuestion(new AnsweredQuestionView(fact.Id, factProgress, fact.Prompt[language], state, answer, late), language));
            }

            var (resultName, result) = Assessments(content).First();
            var id = Guid.Parse("0d7e5f3c-2b1a-4c9d-8e7f-6a5b4c3d2e1f");
            yield return ($"teams.result.{resultName}.{lang}", renderer.Result(new ResultView(result, id), language, teams));
            yield return ($"teams.result.{resultName}.evidence.{lang}", renderer.Result(new ResultView(result, id) { ShowEvidence = true }, language, teams));
        }
    }

    /// <summary>Suggestions for a fact question: one per kind of value (a choice, a free value, hostile fragments).</summary>
    public static IEnumerable<(string Suffix, FactReading Suggestion)> Suggestions(Question question)
    {
        if (question.Id == QuestionIds.Experience)
        {
            yield return ("years5", new FactReading(question.Id, "5", "我做了五年"));
            yield return ("years1", new FactReading(question.Id, "1", "one year as a PM"));
            yield return ("years2.5", new FactReading(question.Id, "2.5", "两年半"));
        }
        else
        {
            var choice = question.Choices[^1];
            yield return ("choice", new FactReading(question.Id, choice.Value, "负责支付核心业务线"));
            yield return ("unknown", new FactReading(question.Id, "somethingElse", "a value no choice has"));
        }

        for (var i = 0; i < HostileTexts.Count; i++)
        {
            yield return ($"hostile{i}", new FactReading(question.Id, question.Choices.Count > 0 ? question.Choices[0].Value : "x", HostileTexts[i]));
        }
    }

    public static IEnumerable<(string Name, Assessment Assessment)> Assessments(CareerContent content)
    {
        var stages = Enum.GetValues<LearningStage>();
        var n = 0;
        foreach (var track in Enum.GetValues<Track>())
        {
            var top = content.Ladders.For(track).Top;
            var cases = new (int Level, int Target)[]
            {
                (1, 1), (1, 2), (2, 3), (2, top), (3, 3), (top - 1, top), (top, top),
            };
            foreach (var (level, target) in cases.Distinct())
            {
                var stage = stages[n++ % stages.Length];
                var name = $"{track.ToString().ToLowerInvariant()}.L{level}-to-L{target}.{stage}";
                yield return (name, new Assessment(track, level, target, stage, TypicalEvidence(track, stage)));
            }

            yield return ($"{track.ToString().ToLowerInvariant()}.no-evidence", new Assessment(track, 1, 2, LearningStage.L1, []));
            yield return ($"{track.ToString().ToLowerInvariant()}.out-of-range", new Assessment(track, 99, -3, LearningStage.L4, TypicalEvidence(track, LearningStage.L4)));
            yield return ($"{track.ToString().ToLowerInvariant()}.hostile", new Assessment(track, 2, 3, LearningStage.L2, HostileEvidence()));
        }
    }

    public static IReadOnlyList<Evidence> TypicalEvidence(Track track, LearningStage stage) =>
    [
        track == Track.Management
            ? new Evidence(AssessedField.Track, QuestionIds.ThreeYear, "三年后想带一个团队", "track.management-intent")
            : new Evidence(AssessedField.Track, null, "", "track.default"),
        new Evidence(AssessedField.Level, QuestionIds.Scope, "负责支付模块", "level.scope"),
        new Evidence(AssessedField.Level, QuestionIds.Experience, "两年半", "level.years"),
        new Evidence(AssessedField.TargetLevel, QuestionIds.ThreeYear, "做到高级产品经理", "targetLevel.title"),
        stage == LearningStage.L1
            ? new Evidence(AssessedField.LearningStage, null, "", "learningStage.default")
            : new Evidence(AssessedField.LearningStage, QuestionIds.Ai, "用过ChatGPT写周报", "learningStage.ai"),
    ];

    /// <summary>Evidence quoting every hostile text, from every question, with known, unknown and hostile rules.</summary>
    public static IReadOnlyList<Evidence> HostileEvidence()
    {
        var fields = Enum.GetValues<AssessedField>();
        var questions = QuestionIds.Open.Concat(QuestionIds.Facts).ToList();
        var rules = new[] { "track.management-intent", "level.title", "targetLevel.next", "learningStage.ai", "some.future-rule", "<b>**rule**</b>" };
        return
        [
            .. HostileTexts.Select((text, i) => new Evidence(fields[i % fields.Length], questions[i % questions.Count], text, rules[i % rules.Length])),
            new Evidence(AssessedField.Level, "no-such-question", "**unknown question id**", "level.default"),
        ];
    }
}
