using System.Text.Json;
using CareerBot.Cli.Eval;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;

namespace CareerBot.Cli.Tests.Eval;

public sealed class EvalCommandTests
{
    // Clear cases: each interview's expected values are what the analyzer must give, whatever its fine points.
    private const string Expert =
        """{"id":"p5","answers":{"plan":"Stay hands-on","threeYear":"Become a product expert","experience":"10 years","scope":"productLine","ai":"builder"},"expect":{"track":"professional","level":5,"targetLevel":5,"learningStage":"L3"}}""";

    private const string Lead =
        """{"id":"m3","locale":"zh-CN","answers":{"plan":"我想带团队","threeYear":"三年后成为产品总监","team":"lead","ai":"tuner"},"expect":{"track":"management","level":3,"targetLevel":4,"learningStage":"L4"}}""";

    private const string Newcomer =
        """{"id":"p1","answers":{"plan":"Learn","experience":"0.5","ai":"none"},"expect":{"track":"professional","level":1,"targetLevel":2,"learningStage":"L1"}}""";

    private static readonly DateTimeOffset CorpusDay = new(2026, 11, 15, 0, 0, 0, TimeSpan.Zero);

    private static EvalReport Evaluate(params string[] lines) =>
        EvalCommand.Evaluate(lines, new AnswerAnalyzer(CareerContent.Default.Lexicon), EvalCommand.DefaultTargets);

    private static string Expecting(string line, string expect) =>
        line[..line.IndexOf("\"expect\"", StringComparison.Ordinal)] + "\"expect\":" + expect + "}";

    [Fact]
    public void All_right_scores_one_on_every_field_and_passes()
    {
        var report = Evaluate(Expert, Lead, Newcomer);

        Assert.True(report.Passed);
        Assert.All(new[] { AssessedField.Track, AssessedField.Level, AssessedField.TargetLevel, AssessedField.LearningStage }, f =>
        {
            Assert.Equal(3, report.Score(f).Total);
            Assert.Equal(1.0, report.Score(f).Accuracy);
        });
        Assert.Empty(report.Mistakes());
    }

    [Fact]
    public void Accuracy_is_correct_over_scored_per_field_and_a_miss_below_target_fails()
    {
        var wrongLevel = Expecting(Expert, """{"track":"professional","level":4,"targetLevel":5,"learningStage":"L3"}""");

        var report = Evaluate(wrongLevel, Lead, Newcomer, Newcomer.Replace("\"p1\"", "\"p1b\"", StringComparison.Ordinal));

        Assert.Equal(3, report.Score(AssessedField.Level).Correct);
        Assert.Equal(4, report.Score(AssessedField.Level).Total);
        Assert.Equal(0.75, report.Score(AssessedField.Level).Accuracy);
        Assert.False(report.Score(AssessedField.Level).Met);
        Assert.True(report.Score(AssessedField.Track).Met);
        Assert.False(report.Passed);
        var mistake = Assert.Single(report.Mistakes());
        Assert.Equal(("p5", AssessedField.Level, "4", "5"), (mistake.Id, mistake.Field, mistake.Expected, mistake.Got));
        Assert.Contains(mistake.Evidence, e => e.Rule == EvidenceRules.LevelScope && e.QuestionId == "scope");
    }

    [Fact]
    public void A_field_left_out_of_expect_is_not_scored()
    {
        var report = Evaluate(Expecting(Expert, """{"track":"professional"}"""), Lead);

        Assert.Equal(2, report.Score(AssessedField.Track).Total);
        Assert.Equal(1, report.Score(AssessedField.Level).Total);
        Assert.True(report.Passed);
    }

    [Fact]
    public void Confusion_matrices_count_expected_rows_against_got_columns()
    {
        var report = Evaluate(Expecting(Lead, """{"track":"professional","level":3,"targetLevel":4,"learningStage":"L2"}"""), Expert, Newcomer);

        var matrices = report.Confusions().ToDictionary(m => m.Title);
        var track = matrices["track"];
        Assert.Equal(["professional", "management"], track.Labels);
        Assert.Equal(2, track.Counts[0][0]);
        Assert.Equal(1, track.Counts[0][1]);
        Assert.Equal(0, track.Counts[1][1]);
        var stage = matrices["learningStage"];
        Assert.Equal(1, stage.Counts[1][3]); // expected L2, got L4
        Assert.Equal(1, stage.Counts[0][0]);
        var level = matrices["level, expected professional"];
        Assert.Equal(1, level.Counts[4][4]);
        Assert.Equal(1, level.Counts[2][2]);
        Assert.Equal(3, Enumerable.Range(0, 5).Sum(r => Enumerable.Range(0, 5).Sum(c => level.Counts[r][c])));
        Assert.Contains("level, expected management", matrices.Keys);
        Assert.Contains("targetLevel, expected professional", matrices.Keys);
    }

    [Fact]
    public void A_wrong_track_is_the_worst_mistake()
    {
        var report = Evaluate(
            Expecting(Expert, """{"level":2}"""),
            Expecting(Lead, """{"track":"professional"}"""));

        var mistakes = report.Mistakes().ToList();
        Assert.Equal(AssessedField.Track, mistakes[0].Field);
        Assert.Equal("m3", mistakes[0].Id);
        Assert.Contains(mistakes[0].Evidence, e => e.Rule == EvidenceRules.TrackManagementIntent && e.QuestionId == "threeYear" && e.Fragment == "产品总监");
        Assert.Equal(AssessedField.Level, mistakes[1].Field);
    }

    [Theory]
    [InlineData("not json", "invalid JSON")]
    [InlineData("""{"id":"x","answers":{"plan":1},"expect":{"level":1}}""", "must be a string")]
    [InlineData("""{"id":"x","answers":{}}""", "no \"expect\"")]
    [InlineData("""{"id":"x","answers":{},"expect":{}}""", "names none")]
    [InlineData("""{"id":"x","answers":{},"expect":{"track":"ic"}}""", "expect.track")]
    [InlineData("""{"id":"x","answers":{},"expect":{"level":0}}""", "expect.level")]
    [InlineData("""{"id":"x","answers":{},"expect":{"targetLevel":"3"}}""", "expect.targetLevel")]
    [InlineData("""{"id":"x","answers":{},"expect":{"learningStage":"2"}}""", "expect.learningStage")]
    [InlineData("""{"id":"x","answers":{},"expect":{"learningStage":"L9"}}""", "expect.learningStage")]
    [InlineData("""{"id":"x","answers":{},"expect":{"level":2,"level":3}}""", "duplicate key 'expect.level'")]
    [InlineData("""{"id":"x","answers":{},"expect":{"level":2},"expect":{"level":3}}""", "duplicate key 'expect'")]
    [InlineData("""{"id":"x","answers":{},"expect":[{"level":2}]}""", "no \"expect\"")]
    public void A_bad_line_is_a_failure_that_fails_the_run_even_with_perfect_scores(string bad, string reason)
    {
        var report = Evaluate(Expert, "", bad, Lead);

        var failure = Assert.Single(report.Failures);
        Assert.Equal(3, failure.Line);
        Assert.Contains(reason, failure.Error, StringComparison.Ordinal);
        Assert.Equal(1.0, report.Score(AssessedField.Level).Accuracy);
        Assert.False(report.Passed);
    }

    [Fact]
    public async Task Exit_code_is_zero_at_the_targets_and_one_below_them()
    {
        var good = await Run([Expert, Lead]);
        var below = await Run([Expecting(Expert, """{"level":1}"""), Lead]);
        var lowered = await Run([Expecting(Expert, """{"level":1}"""), Lead], targets: "level=0.5");

        Assert.Equal(0, good.Exit);
        Assert.EndsWith("PASS 2/2 answered track=1.000 level=1.000 targetLevel=1.000 learningStage=1.000", good.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(1, below.Exit);
        Assert.Contains("FAIL 2/2 answered", below.Output, StringComparison.Ordinal);
        Assert.Contains("level=0.500<0.90", below.Output, StringComparison.Ordinal);
        Assert.Contains("worst mistakes", below.Output, StringComparison.Ordinal);
        Assert.Equal(0, lowered.Exit);
    }

    [Fact]
    public async Task Json_report_is_machine_readable()
    {
        var (exit, output) = await Run([Expert, Expecting(Lead, """{"track":"management","level":2}"""), "{"], json: true);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal(3, root.GetProperty("lines").GetInt32());
        Assert.Equal(2, root.GetProperty("answered").GetInt32());
        Assert.Equal(1, root.GetProperty("failed").GetArrayLength());
        Assert.Equal(0.5, root.GetProperty("fields").GetProperty("level").GetProperty("accuracy").GetDouble());
        Assert.Equal(0.9, root.GetProperty("fields").GetProperty("level").GetProperty("target").GetDouble());
        var mistake = root.GetProperty("mistakes")[0];
        Assert.Equal("m3", mistake.GetProperty("id").GetString());
        Assert.Equal("level", mistake.GetProperty("field").GetString());
        Assert.True(mistake.GetProperty("evidence").GetArrayLength() > 0);
        Assert.Equal(2, root.GetProperty("confusion")[0].GetProperty("counts").GetArrayLength());
    }

    [Theory]
    [InlineData("track=0.5,level=0.6,targetLevel=0.7,learningStage=0.8", null)]
    [InlineData("stage=1, target=0", null)]
    [InlineData("speed=1", "unknown target")]
    [InlineData("level=high", "number from 0 to 1")]
    [InlineData("level=1.5", "number from 0 to 1")]
    public void Targets_parse_by_field_name(string text, string? error)
    {
        var targets = new Dictionary<AssessedField, double>(EvalCommand.DefaultTargets);

        var result = EvalCommand.ParseTargets(text, targets);

        if (error is null)
        {
            Assert.Null(result);
            Assert.NotEqual(EvalCommand.DefaultTargets, targets);
        }
        else
        {
            Assert.Contains(error, result, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Relative_dates_are_counted_to_the_day_the_evaluation_is_as_of()
    {
        var line = """{"id":"d","answers":{"plan":"Go deeper","experience":"PM since 2019"},"expect":{"level":4}}""";
        var clock = new FixedClock(CorpusDay);

        var asOf2026 = EvalCommand.Evaluate([line], new AnswerAnalyzer(CareerContent.Default.Lexicon, clock), EvalCommand.DefaultTargets);
        var asOf2021 = EvalCommand.Evaluate([line], new AnswerAnalyzer(CareerContent.Default.Lexicon, new FixedClock(CorpusDay.AddYears(-5))), EvalCommand.DefaultTargets);

        Assert.Equal(4, asOf2026.Results[0].Got.Level);
        Assert.Equal(2, asOf2021.Results[0].Got.Level);
    }

    /// <summary>The issue's acceptance check: the held-out split, copied beside the tests, meets every target.</summary>
    [Fact]
    public async Task The_held_out_corpus_meets_the_issues_targets()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "eval-corpus", "test.jsonl");
        Assert.True(File.Exists(path), $"{path} is not beside the tests");
        using var input = new StreamReader(path);
        using var output = new StringWriter();

        // The corpus counts relative dates ("since 2019") from November 2026.
        var exit = await EvalCommand.RunAsync(input, output, CareerContent.Default, new EvalOptions(EvalCommand.DefaultTargets, AsOf: CorpusDay));

        Assert.True(exit == 0, output.ToString());
        Assert.StartsWith("PASS 187/187 answered", output.ToString().TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> Run(string[] lines, bool json = false, string? targets = null)
    {
        var goals = new Dictionary<AssessedField, double>(EvalCommand.DefaultTargets);
        if (targets is not null)
        {
            Assert.Null(EvalCommand.ParseTargets(targets, goals));
        }

        using var output = new StringWriter();
        var exit = await EvalCommand.RunAsync(new StringReader(string.Join("\n", lines)), output, CareerContent.Default, new EvalOptions(goals, json, AsOf: CorpusDay));
        return (exit, output.ToString());
    }
}
