using CareerBot.Domain.Analysis;
using CareerBot.Domain.Interview;

namespace CareerBot.Domain.Tests.Analysis;

public class FindFactsTests : AnalyzerTestBase
{
    private static Dictionary<string, string> Facts(IReadOnlyDictionary<string, string> answers) =>
        Analyzer.FindFacts(answers).ToDictionary(f => f.QuestionId, f => f.Value);

    [Fact]
    public void Several_facts_in_one_chinese_answer_are_found()
    {
        var facts = Analyzer.FindFacts(Answers(plan: "我做了五年，负责支付核心业务线，带3个人"));

        Assert.Collection(
            facts,
            f => Assert.Equal(new FactReading(QuestionIds.Experience, "5", "五年"), f),
            f => Assert.Equal(new FactReading(QuestionIds.Scope, "businessLine", "支付核心业务线"), f),
            f => Assert.Equal(new FactReading(QuestionIds.Team, "lead", "带3个人"), f));
    }

    [Fact]
    public void One_fact_is_read_alone_as_the_full_reading_reads_it()
    {
        var answers = Answers(plan: "我做了五年，负责支付核心业务线，带3个人");
        var all = Analyzer.FindFacts(answers);

        foreach (var factId in QuestionIds.Facts)
        {
            Assert.Equal(all.SingleOrDefault(f => f.QuestionId == factId), Analyzer.FindFact(answers, factId));
        }

        Assert.Null(Analyzer.FindFact(answers, QuestionIds.Ai));
    }

    [Fact]
    public void Several_facts_in_one_english_answer_are_found()
    {
        var facts = Facts(Answers(plan: "I've been a PM for five years, I own the checkout module and lead 4 people. I use ChatGPT daily."));

        Assert.Equal("5", facts[QuestionIds.Experience]);
        Assert.Equal("module", facts[QuestionIds.Scope]);
        Assert.Equal("lead", facts[QuestionIds.Team]);
        Assert.Equal("user", facts[QuestionIds.Ai]);
    }

    [Fact]
    public void First_person_statements_without_time_words_are_facts()
    {
        var facts = Facts(Answers(plan: "我带领一个6人团队负责支付业务线"));

        Assert.Equal("lead", facts[QuestionIds.Team]);
        Assert.Equal("businessLine", facts[QuestionIds.Scope]);
    }

    [Theory]
    [InlineData("三年后想负责一条完整的产品线，带一个团队")]
    [InlineData("In three years I want to own a product line and manage a team")]
    [InlineData("带团队，做管理")]
    public void Aims_are_not_facts(string text)
    {
        Assert.Empty(Analyzer.FindFacts(Answers(plan: text, threeYear: text)));
    }

    [Fact]
    public void Three_year_horizon_is_not_experience()
    {
        Assert.DoesNotContain(Analyzer.FindFacts(Answers(threeYear: "最近3年希望成为高级产品经理，3年后带团队")), f => f.QuestionId == QuestionIds.Experience);
    }

    [Fact]
    public void Facts_said_to_be_current_in_the_three_year_answer_are_found()
    {
        var facts = Facts(Answers(threeYear: "我现在负责一个功能模块，三年后希望负责整条产品线"));

        Assert.Equal("module", facts[QuestionIds.Scope]);
    }

    [Fact]
    public void Plans_to_learn_ai_are_not_ai_facts()
    {
        Assert.Empty(Analyzer.FindFacts(Answers(approach: "打算系统学习大模型微调")));
    }

    [Fact]
    public void Fact_answers_themselves_are_not_searched()
    {
        Assert.Empty(Analyzer.FindFacts(Answers(experience: "5", team: "lead")));
    }
}
