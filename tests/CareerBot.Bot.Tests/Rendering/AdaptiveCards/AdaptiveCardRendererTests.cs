using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Views;

namespace CareerBot.Bot.Tests.Rendering.AdaptiveCards;

public partial class AdaptiveCardRendererTests
{
    private static readonly CareerContent Content = CareerContent.Default;
    private static readonly AdaptiveCardRenderer Renderer = new(Content);
    private static readonly InterviewProgress Progress = new(5, 8);

    public static TheoryData<Language> BothLanguages => [.. Languages.All];

    public static TheoryData<string, Language> FactQuestions()
    {
        var data = new TheoryData<string, Language>();
        foreach (var id in QuestionIds.Facts)
        {
            foreach (var language in Languages.All)
            {
                data.Add(id, language);
            }
        }

        return data;
    }

    // ---- Welcome -----------------------------------------------------------------------------------------------

    [Fact]
    public void Welcome_has_start_and_language_switch_submits()
    {
        var json = AdaptiveCardJson.ToJsonObject(Renderer.Welcome(Language.EnUs));
        var actions = json["actions"]!.AsArray();

        Assert.Equal("Start", (string)actions[0]!["title"]!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"command":"start"}"""), actions[0]!["data"]));
        Assert.Contains(actions, a => JsonNode.DeepEquals(JsonNode.Parse("""{"command":"language","language":"zh-CN"}"""), a!["data"]));
        Assert.Contains(actions, a => JsonNode.DeepEquals(JsonNode.Parse("""{"command":"language","language":"en-US"}"""), a!["data"]));
    }

    [Theory]
    [InlineData(Language.ZhCn, "开始", new[] { "帮助", "跳过", "上一步", "重新开始", "取消" }, "3分钟")]
    [InlineData(Language.EnUs, "Start", new[] { "help", "skip", "back", "restart", "cancel" }, "3 minutes")]
    public void Welcome_explains_the_interview_and_lists_commands(Language language, string start, string[] commands, string duration)
    {
        var json = AdaptiveCardJson.ToJsonObject(Renderer.Welcome(language));
        var text = string.Join('\n', Texts(json));

        Assert.Equal(start, (string)json["actions"]![0]!["title"]!);
        Assert.Contains("8", text, StringComparison.Ordinal);
        Assert.Contains(duration, text, StringComparison.Ordinal);
        Assert.All(commands, c => Assert.Contains(c, text, StringComparison.Ordinal));
    }

    // ---- Fact questions ----------------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(FactQuestions))]
    public void Fact_question_offers_the_question_choices_under_the_question_id(string id, Language language)
    {
        var question = Content.Question(id);
        var json = AdaptiveCardJson.ToJsonObject(FactCard(question, language, null));

        var choiceSet = Single(json, "Input.ChoiceSet");
        Assert.Equal(id, (string)choiceSet["id"]!);
        Assert.Equal(question.Choices.Select(c => c.Value), choiceSet["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal(question.Choices.Select(c => c.Label[language]), choiceSet["choices"]!.AsArray().Select(c => (string)c!["title"]!));
        Assert.False(choiceSet.ContainsKey("value"));
        Assert.True((bool)choiceSet["isRequired"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)choiceSet["errorMessage"]));

        var texts = Texts(json).ToList();
        Assert.Contains(texts, t => t.Contains("5/8", StringComparison.Ordinal));
        Assert.Contains(question.Prompt[language], texts);
        Assert.Contains(question.Hint[language], texts);
    }

    [Theory]
    [MemberData(nameof(FactQuestions))]
    public void Fact_question_submits_next_and_skip_with_answerTo_and_skip_without_inputs(string id, Language language)
    {
        var json = AdaptiveCardJson.ToJsonObject(FactCard(Content.Question(id), language, null));
        var actions = json["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();

        Assert.Equal(2, actions.Count);
        var next = actions[0];
        Assert.Equal(language == Language.ZhCn ? "下一步" : "Next", (string)next["title"]!);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["answerTo"] = id }, next["data"]));
        Assert.False(next.ContainsKey("associatedInputs"));

        var skip = actions[1];
        Assert.Equal(language == Language.ZhCn ? "跳过" : "Skip", (string)skip["title"]!);
        // The skip names its question: a tap on an old card must not skip the question asked now.
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["command"] = "skip", ["answerTo"] = id }, skip["data"]));
        Assert.Equal("none", (string)skip["associatedInputs"]!);
    }

    [Theory]
    [InlineData(Language.EnUs, "Yes, A complete functional module")]
    [InlineData(Language.ZhCn, "是的，一个完整功能模块")]
    public void Suggestion_is_quoted_confirmable_in_one_tap_and_preselected(Language language, string confirmTitle)
    {
        var question = Content.Question(QuestionIds.Scope);
        var json = AdaptiveCardJson.ToJsonObject(FactCard(question, language, new FactReading(QuestionIds.Scope, "module", "负责支付模块")));

        var confirm = json["actions"]![0]!.AsObject();
        Assert.Equal(confirmTitle, (string)confirm["title"]!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"answerTo":"scope","confirm":"module"}"""), confirm["data"]));
        Assert.Equal("none", (string)confirm["associatedInputs"]!);
        Assert.Equal("module", (string)Single(json, "Input.ChoiceSet")["value"]!);
        Assert.Contains(Texts(json), t => t == (language == Language.ZhCn ? "你之前提到：“负责支付模块”" : "You mentioned: “负责支付模块”"));
        Assert.Equal(3, json["actions"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("5", Language.EnUs, "Yes, 5 years", "6")]
    [InlineData("5", Language.ZhCn, "是的，5年", "6")]
    [InlineData("1", Language.EnUs, "Yes, 1 year", "2")]
    [InlineData("2.5", Language.EnUs, "Yes, 2.5 years", "2")]
    [InlineData("0.5", Language.ZhCn, "是的，0.5年", "0.5")]
    [InlineData("12", Language.EnUs, "Yes, 12 years", "10")]
    [InlineData("8", Language.EnUs, "Yes, 8 years", "10")]
    public void Experience_suggestion_says_years_in_words_and_preselects_the_bucket(string years, Language language, string title, string preselected)
    {
        var question = Content.Question(QuestionIds.Experience);
        var json = AdaptiveCardJson.ToJsonObject(FactCard(question, language, new FactReading(question.Id, years, "做了几年")));

        Assert.Equal(title, (string)json["actions"]![0]!["title"]!);
        Assert.Equal(years, (string)json["actions"]![0]!["data"]!["confirm"]!);
        Assert.Equal(preselected, (string)Single(json, "Input.ChoiceSet")["value"]!);
    }

    [Fact]
    public void Suggestion_matching_no_choice_preselects_nothing()
    {
        var question = Content.Question(QuestionIds.Team);
        var json = AdaptiveCardJson.ToJsonObject(FactCard(question, Language.EnUs, new FactReading(question.Id, "somethingElse", "x")));

        Assert.False(Single(json, "Input.ChoiceSet").ContainsKey("value"));
        Assert.Equal("Yes, somethingElse", (string)json["actions"]![0]!["title"]!);
    }

    [Fact]
    public void Suggested_fragment_is_escaped_so_it_cannot_inject_markdown()
    {
        var question = Content.Question(QuestionIds.Ai);
        var fragment = "**bold** [link](https://evil.example) <script>";
        var json = AdaptiveCardJson.ToJsonObject(FactCard(question, Language.EnUs, new FactReading(question.Id, "user", fragment)));

        var quote = Assert.Single(Texts(json), t => t.StartsWith("You mentioned", StringComparison.Ordinal));
        Assert.Contains(MarkdownText.Escape(fragment), quote, StringComparison.Ordinal);
        Assert.DoesNotContain("[link](", quote, StringComparison.Ordinal);
    }

    // ---- Result ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(Track.Professional, 2, 4)]
    [InlineData(Track.Professional, 1, 2)]
    [InlineData(Track.Management, 1, 3)]
    public void Ladder_marks_current_and_target_levels(Track track, int level, int target)
    {
        var ladder = Content.Ladders.For(track);
        var json = AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(track, level, target, LearningStage.L2, []), Language.EnUs));
        var rows = LadderRows(json);

        Assert.Equal(ladder.Levels.Select(l => l.Level).Reverse(), rows.Select(r => r.Level));
        foreach (var (n, row) in rows)
        {
            var texts = Texts(row).ToList();
            Assert.Contains(ladder[n].Title[Language.EnUs], texts);
            Assert.Equal(n == level, texts.Contains("📍 You are here"));
            Assert.Equal(n == target, texts.Contains("🎯 3-year target"));
            var expectedStyle = n == level ? "accent" : n == target ? "good" : "emphasis";
            Assert.Equal(expectedStyle, (string?)row["style"]);
        }
    }

    [Fact]
    public void Target_equal_to_current_is_marked_once_on_one_row()
    {
        var json = AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(Track.Management, 3, 3, LearningStage.L1, []), Language.ZhCn));
        var rows = LadderRows(json);

        var marked = Assert.Single(rows, r => Texts(r.Row).Any(t => t.Contains("📍", StringComparison.Ordinal) || t.Contains("🎯", StringComparison.Ordinal)));
        Assert.Equal(3, marked.Level);
        Assert.Contains("📍 你在这里 · 🎯 3年目标", Texts(marked.Row));
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void Result_shows_track_titles_and_what_the_next_level_expects(Language language)
    {
        var ladder = Content.Ladders.Professional;
        var json = AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(Track.Professional, 2, 3, LearningStage.L2, []), language));
        var texts = Texts(json).ToList();
        var facts = Single(json, "FactSet")["facts"]!.AsArray().Select(f => (string)f!["value"]!).ToList();

        Assert.Equal([ladder.Name[language], ladder[2].Title[language], ladder[3].Title[language]], facts);
        Assert.Contains(ladder[3].Expects[language], texts);
        Assert.Contains(ladder.NextLevelFocus[language], texts);
    }

    [Fact]
    public void Management_result_focuses_on_business_team_and_communication()
    {
        var json = AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(Track.Management, 2, 3, LearningStage.L3, []), Language.ZhCn));
        var texts = string.Join('\n', Texts(json));

        Assert.Contains("业务能力", texts, StringComparison.Ordinal);
        Assert.Contains("团队管理", texts, StringComparison.Ordinal);
        Assert.Contains("沟通", texts, StringComparison.Ordinal);
        Assert.Contains("团队leader", texts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Track.Professional)]
    [InlineData(Track.Management)]
    public void Top_of_track_says_so_instead_of_a_next_level(Track track)
    {
        var top = Content.Ladders.For(track).Top;
        var json = AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(track, top, top, LearningStage.L4, []), Language.EnUs));
        var texts = Texts(json).ToList();

        Assert.Contains(texts, t => t.StartsWith("You are at the top of this track", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("Next level", StringComparison.Ordinal));
    }

    [Fact]
    public void Out_of_range_levels_are_clamped_to_the_ladder()
    {
        var json = AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(Track.Management, 9, 0, LearningStage.L1, []), Language.EnUs));
        var marked = Assert.Single(LadderRows(json), r => (string?)r.Row["style"] == "accent");

        Assert.Equal(4, marked.Level);
        Assert.Contains("📍 You are here · 🎯 3-year target", Texts(marked.Row));
    }

    [Theory]
    [InlineData(LearningStage.L1, Language.EnUs)]
    [InlineData(LearningStage.L2, Language.ZhCn)]
    [InlineData(LearningStage.L3, Language.EnUs)]
    [InlineData(LearningStage.L4, Language.ZhCn)]
    public void Result_links_are_the_catalog_links_for_the_stage(LearningStage stage, Language language)
    {
        var json = AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(Track.Professional, 1, 2, stage, []), language));
        var links = Descendants(json).Where(o => (string?)o["type"] == "Action.OpenUrl").ToList();
        var expected = Content.Catalog.LinksFor(stage, language);

        Assert.InRange(links.Count, 2, 5);
        Assert.Equal(expected.Select(r => r.Url.ToString()), links.Select(l => (string)l["url"]!));
        Assert.Equal(expected.Select(r => r.Title), links.Select(l => (string)l["title"]!));
    }

    [Fact]
    public void Result_names_the_learning_stage_with_its_summary()
    {
        var json = AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(Track.Professional, 1, 2, LearningStage.L2, []), Language.ZhCn));
        var texts = Texts(json).ToList();

        Assert.Contains("AI大模型学习：L2 · AI大模型API应用开发工程", texts);
        Assert.Contains(Content.Catalog[LearningStage.L2].Summary[Language.ZhCn], texts);
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void Result_actions_are_why_and_restart(Language language)
    {
        var json = AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(Track.Professional, 1, 2, LearningStage.L1, []), language));
        var actions = json["actions"]!.AsArray();

        Assert.Equal(2, actions.Count);
        Assert.Equal("Action.ShowCard", (string)actions[0]!["type"]!);
        Assert.Equal(language == Language.ZhCn ? "为什么是这个结果？" : "Why this result?", (string)actions[0]!["title"]!);
        Assert.Equal(language == Language.ZhCn ? "重新开始" : "Restart", (string)actions[1]!["title"]!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"command":"restart"}"""), actions[1]!["data"]));
    }

    [Fact]
    public void Why_card_shows_each_evidence_with_its_question_and_rule()
    {
        var evidence = new[]
        {
            new Evidence(AssessedField.Track, QuestionIds.ThreeYear, "三年后想带一个团队", "track.management-intent"),
            new Evidence(AssessedField.Level, QuestionIds.Team, "带3个人", "level.team"),
            new Evidence(AssessedField.TargetLevel, null, "", "targetLevel.next"),
            new Evidence(AssessedField.LearningStage, QuestionIds.Ai, "**built** a [RAG](http://x) bot", "learningStage.ai"),
        };
        var json = AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(Track.Management, 3, 4, LearningStage.L3, evidence), Language.EnUs));
        var why = Texts(json["actions"]![0]!["card"]!).ToList();

        Assert.Contains("Track", why);
        Assert.Contains("Current level", why);
        Assert.Contains("“三年后想带一个团队”", why);
        Assert.Contains("From: " + Content.Question(QuestionIds.ThreeYear).Prompt[Language.EnUs], why);
        Assert.Contains("You said you want to lead or manage people, so: the management track.", why);
        Assert.Contains("From: " + Content.Question(QuestionIds.Team).Prompt[Language.EnUs], why);
        Assert.Contains("Level by the people you lead today.", why);
        Assert.Contains("No answer said this: default used", why);
        Assert.Contains("“" + MarkdownText.Escape("**built** a [RAG](http://x) bot") + "”", why);
        Assert.DoesNotContain(why, t => t.Contains("[RAG](", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void Every_rule_key_has_a_readable_description(Language language)
    {
        string[] rules =
        [
            "track.management-intent", "track.default", "level.title", "level.scope", "level.team", "level.years",
            "level.default", "targetLevel.title", "targetLevel.scope", "targetLevel.team", "targetLevel.next",
            "learningStage.ai", "learningStage.default",
        ];
        var unknown = Renderer.RuleText("no.such-rule", language);

        var fallbackPrefix = unknown[..unknown.IndexOf("no.such-rule", StringComparison.Ordinal)];

        Assert.All(rules, r => Assert.False(Renderer.RuleText(r, language).StartsWith(fallbackPrefix, StringComparison.Ordinal), $"no description for '{r}'"));
        Assert.All(rules, r => Assert.DoesNotContain(r, Renderer.RuleText(r, language), StringComparison.Ordinal));
        Assert.Contains("no.such-rule", unknown, StringComparison.Ordinal);
        Assert.Contains(@"\*\*x\*\*", Renderer.RuleText("**x**", language), StringComparison.Ordinal);
    }

    // ---- Every card --------------------------------------------------------------------------------------------

    [Fact]
    public void Every_card_string_exists_in_both_languages()
    {
        var keys = Content.Strings.Keys.Where(k => k.StartsWith("card.", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.True(Content.Strings.Find(k)!.IsComplete, $"'{k}' is missing a language"));
    }

    [Fact]
    public void Every_sample_card_has_text_everywhere_filled_placeholders_and_few_actions()
    {
        foreach (var (name, card) in CardSamples.All(Content))
        {
            var json = AdaptiveCardJson.ToJsonObject(card);
            Assert.True(card.Actions is null || card.Actions.Count <= AdaptiveCardRenderer.MaxCardActions, name);
            foreach (var text in Texts(json).Concat(Descendants(json).Where(o => o.ContainsKey("title")).Select(o => (string)o["title"]!)))
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{name}: empty text");
                // Hostile samples quote "{fragment}" on purpose: as the user typed it, not a placeholder.
                Assert.False(!name.Contains("hostile", StringComparison.Ordinal) && Placeholder().IsMatch(text), $"{name}: unfilled placeholder in '{text}'");
            }

            Assert.True(AdaptiveCardJson.Serialize(card).Length < 28_000, $"{name} is over Teams' 28 KB message limit");
        }
    }

    [Fact]
    public void Chinese_cards_are_in_Chinese_and_English_cards_in_English()
    {
        var zh = string.Join('\n', Texts(AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(Track.Professional, 2, 3, LearningStage.L2, []), Language.ZhCn))));
        var en = string.Join('\n', Texts(AdaptiveCardJson.ToJsonObject(ResultCard(new Assessment(Track.Professional, 2, 3, LearningStage.L2, []), Language.EnUs))));

        Assert.Contains("你的职业规划结果", zh, StringComparison.Ordinal);
        Assert.Contains("Your career plan", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Your career plan", zh, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", en);
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    [Fact]
    public void Cards_for_Web_Chat_only_submit_and_name_no_owner()
    {
        foreach (var (name, card) in CardSamples.All(Content).Where(c => !c.Name.StartsWith("teams.", StringComparison.Ordinal)))
        {
            var json = AdaptiveCardJson.ToJsonObject(card);
            Assert.DoesNotContain(Descendants(json), e => (string?)e["type"] == "Action.Execute");
            Assert.False(json.ContainsKey("refresh"), name);
            Assert.DoesNotContain(CardActions.OwnerKey, json.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(AnsweredState.Answered, false, "Your answer: **\\*bold\\* \\<at\\>x\\</at\\>**")]
    [InlineData(AnsweredState.Skipped, false, "Skipped")]
    [InlineData(AnsweredState.Answered, true, "answered already, so nothing changed")]
    [InlineData(AnsweredState.Unanswered, true, "from an earlier interview, so nothing changed")]
    public void An_answered_card_shows_what_became_of_the_question_and_takes_no_more_taps(AnsweredState state, bool late, string shown)
    {
        var question = Content.Question(QuestionIds.Team);
        var json = AdaptiveCardJson.ToJsonObject(Renderer.AnsweredQuestion(
            new AnsweredQuestionView(question.Id, Progress, question.Prompt[Language.EnUs], state, "*bold* <at>x</at>", late), Language.EnUs));

        Assert.Contains(Texts(json), t => t.Contains(shown, StringComparison.Ordinal));
        Assert.False(json.ContainsKey("actions"));
        Assert.DoesNotContain(Descendants(json), e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
    }

    private static AdaptiveCard FactCard(Question question, Language language, FactReading? suggestion) =>
        Renderer.FactQuestion(FactQuestionView.For(question, Progress, suggestion, language, Content), language);

    private static AdaptiveCard ResultCard(Assessment assessment, Language language, Guid? assessmentId = null) =>
        Renderer.Result(new ResultView(assessment, assessmentId), language);

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => AdaptiveCardJsonTests.Descendants(node);

    /// <summary>Every TextBlock text, in document order.</summary>
    private static IEnumerable<string> Texts(JsonNode? node) =>
        Descendants(node).Where(o => (string?)o["type"] == "TextBlock").Select(o => (string)o["text"]!);

    private static JsonObject Single(JsonObject card, string type) =>
        Assert.Single(Descendants(card["body"]), o => (string?)o["type"] == type);

    private static List<(int Level, JsonObject Row)> LadderRows(JsonObject card) =>
        [.. Descendants(card["body"])
            .Where(o => (string?)o["type"] == "ColumnSet" && ((string?)o["id"])?.StartsWith("ladder-", StringComparison.Ordinal) == true)
            .Select(o => (int.Parse(((string)o["id"]!)["ladder-".Length..], System.Globalization.CultureInfo.InvariantCulture), o))];
}
