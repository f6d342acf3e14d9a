using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Learning;

namespace CareerBot.Domain.Tests.Analysis;

public class LexiconAndEvidenceTests : AnalyzerTestBase
{
    [Fact]
    public void Every_field_has_evidence_even_with_no_answers()
    {
        var result = Analyzer.Analyze(new Dictionary<string, string>());

        Assert.Equal((1, 2, LearningStage.L1), (result.Level, result.TargetLevel, result.LearningStage));
        foreach (var field in Enum.GetValues<AssessedField>())
        {
            Assert.NotEmpty(result.EvidenceFor(field));
        }
    }

    [Fact]
    public void Every_field_has_evidence_naming_the_deciding_fragment()
    {
        var answers = Answers(
            plan: "I want to lead a team eventually",
            threeYear: "三年后成为团队leader",
            experience: "做产品两年半",
            team: "带新人，没有下属",
            ai: "用过ChatGPT写周报");
        var result = Analyzer.Analyze(answers);

        foreach (var field in Enum.GetValues<AssessedField>())
        {
            var evidence = Deciding(result, field);
            Assert.NotNull(evidence.QuestionId);
            Assert.Contains(evidence.Fragment, answers[evidence.QuestionId], StringComparison.Ordinal);
        }

        Assert.Equal("团队leader", Deciding(result, AssessedField.Track).Fragment);
        Assert.Equal("带新人", Deciding(result, AssessedField.Level).Fragment);
        Assert.Equal("团队leader", Deciding(result, AssessedField.TargetLevel).Fragment);
        Assert.Equal("ChatGPT", Deciding(result, AssessedField.LearningStage).Fragment);
    }

    [Fact]
    public void Empty_and_whitespace_answers_are_ignored()
    {
        var result = Analyze(plan: "", threeYear: "   ", experience: "");

        Assert.Equal(1, result.Level);
        Assert.Equal(EvidenceRules.TrackDefault, Deciding(result, AssessedField.Track).Rule);
    }

    [Fact]
    public void Mixed_language_answers_are_understood()
    {
        var result = Analyze(plan: "想转 people manager", experience: "3年PM", team: "带2个PM");

        Assert.Equal(3, result.Level);
        Assert.Equal(Ladders.Track.Management, result.Track);
    }

    [Fact]
    public void Organisation_lexicon_files_extend_the_shipped_one()
    {
        var directory = Directory.CreateTempSubdirectory("careerbot-lexicon-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(CareerContent.DefaultDirectory, "*.json"))
            {
                File.Copy(file, Path.Combine(directory.FullName, Path.GetFileName(file)));
            }

            File.WriteAllText(
                Path.Combine(directory.FullName, "lexicon.acme.json"),
                """{ "titles": { "professional": { "3": ["P6"] } }, "facts": { "ai": { "tuner": ["炼丹"] } } }""");
            var analyzer = new AnswerAnalyzer(Lexicon.Load(directory.FullName));

            var result = analyzer.Analyze(Answers(plan: "我现在是P6", ai: "天天炼丹"));

            Assert.Equal(3, result.Level);
            Assert.Equal(LearningStage.L4, result.LearningStage);
            Assert.Equal(5, analyzer.Analyze(Answers(plan: "我现在是产品专家")).Level);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Lexicon_naming_an_unknown_level_fails_at_load()
    {
        var directory = Directory.CreateTempSubdirectory("careerbot-lexicon-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(CareerContent.DefaultDirectory, "*.json"))
            {
                File.Copy(file, Path.Combine(directory.FullName, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(directory.FullName, "lexicon.bad.json"), """{ "titles": { "management": { "7": ["CEO"] } } }""");

            var error = Assert.Throws<InvalidDataException>(() => Lexicon.Load(directory.FullName));
            Assert.Contains("titles.management has level '7'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Very_long_answers_are_read_up_to_a_bound_without_failing()
    {
        var pasted = string.Concat(Enumerable.Repeat("我想带团队，负责支付模块3年。I want to lead a team of 5 people. ", 2000));

        var result = Analyze(plan: pasted, threeYear: pasted, experience: pasted);

        Assert.Equal(Ladders.Track.Management, result.Track);
    }

    [Fact]
    public void One_analyzer_serves_parallel_calls_with_the_same_results()
    {
        var answers = Answers(plan: "我做了五年，负责支付核心业务线，带3个人", threeYear: "三年后成为产品总监", ai: "做过RAG");
        var expected = Analyzer.Analyze(answers);

        var results = new Assessment[64];
        Parallel.For(0, results.Length, i => results[i] = Analyzer.Analyze(answers));

        Assert.All(results, r =>
        {
            Assert.Equal((expected.Track, expected.Level, expected.TargetLevel, expected.LearningStage), (r.Track, r.Level, r.TargetLevel, r.LearningStage));
            Assert.Equal(expected.Evidence, r.Evidence);
        });
    }
}
