using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Domain.Tests.Analysis;

public class ReadFactTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("两年半", "2.5", "两年半")]
    [InlineData("五年", "5", "五年")]
    [InlineData("一年多", "1.5", "一年多")]
    [InlineData("十年", "10", "十年")]
    [InlineData("半年", "0.5", "半年")]
    [InlineData("8个月", "0.67", "8个月")]
    [InlineData("不到1年", "0.5", "不到1年")]
    [InlineData("8年以上", "8.5", "8年以上")]
    [InlineData("1.5年", "1.5", "1.5年")]
    [InlineData("做产品3年了", "3", "3年")]
    [InlineData("five years", "5", "five years")]
    [InlineData("Two and a half years", "2.5", "Two and a half years")]
    [InlineData("a bit over four years", "4.5", "a bit over four years")]
    [InlineData("18 months", "1.5", "18 months")]
    [InlineData("5+ years", "5.5", "5+ years")]
    [InlineData("a year and a half", "1.5", "a year and a half")]
    [InlineData("I've been a PM for 3 years", "3", "3 years")]
    [InlineData("做了3年开发，转产品1年", "1", "1年")]
    [InlineData("工作8年，其中做产品3年", "3", "3年")]
    [InlineData("Ｐｍ　５年", "5", "５年")]
    public void Experience_is_read_as_years_as_a_PM(string text, string years, string fragment)
    {
        var fact = Analyzer.ReadFact(QuestionIds.Experience, text);

        Assert.NotNull(fact);
        Assert.Equal(QuestionIds.Experience, fact.QuestionId);
        Assert.Equal(years, fact.Value);
        Assert.Equal(fragment, fact.Fragment);
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("2")]
    [InlineData("4")]
    [InlineData("6")]
    [InlineData("10")]
    [InlineData("3.5")]
    public void Experience_choice_values_and_bare_numbers_are_years(string value)
    {
        Assert.Equal(value, Analyzer.ReadFact(QuestionIds.Experience, value)?.Value);
    }

    [Theory]
    [InlineData("experience", "banana")]
    [InlineData("experience", "")]
    [InlineData("scope", "不知道")]
    [InlineData("team", "what do you mean?")]
    [InlineData("ai", "嗯")]
    [InlineData("plan", "带团队")]
    public void Text_that_does_not_answer_gives_null(string questionId, string text)
    {
        Assert.Null(Analyzer.ReadFact(questionId, text));
    }

    [Theory]
    [InlineData("scope", "负责支付模块", "module", "模块")]
    [InlineData("scope", "I own the payments module", "module", "module")]
    [InlineData("scope", "负责几个功能点", "feature", "几个功能点")]
    [InlineData("scope", "整个电商的核心业务线", "businessLine", "核心业务线")]
    [InlineData("team", "I lead 3 people", "lead", "lead 3 people")]
    [InlineData("team", "带3个人", "lead", "带3个人")]
    [InlineData("team", "不带人", "none", "不带人")]
    [InlineData("team", "I don't lead or mentor anyone", "none", "don't lead or mentor anyone")]
    [InlineData("team", "带新人，但没有直接下属", "mentor", "带新人")]
    [InlineData("team", "管理两个团队", "leadOfLeads", "管理两个团队")]
    [InlineData("team", "没有带过团队", "none", "带过团队")]
    [InlineData("ai", "用过ChatGPT写周报", "user", "ChatGPT")]
    [InlineData("ai", "做过RAG", "architect", "RAG")]
    [InlineData("ai", "还没接触过", "none", "还没接触过")]
    [InlineData("ai", "了解过RAG的原理", "none", "了解过")]
    [InlineData("ai", "I use Cursor and Copilot", "user", "Cursor")]
    [InlineData("team", "带过两个实习生", "mentor", "带过两个实习生")]
    [InlineData("team", "我是组长", "lead", "组长")]
    [InlineData("team", "I have 4 direct reports", "lead", "have 4 direct reports")]
    [InlineData("scope", "负责用户增长业务", "businessLine", "用户增长业务")]
    public void Typed_fact_answers_are_read_to_canonical_values(string questionId, string text, string value, string fragment)
    {
        var fact = Analyzer.ReadFact(questionId, text);

        Assert.NotNull(fact);
        Assert.Equal(value, fact.Value);
        Assert.Equal(fragment, fact.Fragment);
    }

    [Theory]
    [InlineData("team", "没有", "none")]
    [InlineData("team", "No.", "none")]
    [InlineData("team", "有", "lead")]
    [InlineData("team", "3个", "lead")]
    [InlineData("team", "5 people", "lead")]
    [InlineData("scope", "模块", "module")]
    [InlineData("ai", "ChatGPT", "user")]
    [InlineData("ai", "没有", "none")]
    [InlineData("ai", "nope", "none")]
    public void Short_whole_replies_answer_the_fact_question(string questionId, string text, string value)
    {
        Assert.Equal(value, Analyzer.ReadFact(questionId, text)?.Value);
    }

    public static TheoryData<string, string> ChoiceValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var question in CareerContent.Default.Questions.Where(q => q.Kind == QuestionKind.Fact))
        {
            foreach (var choice in question.Choices)
            {
                data.Add(question.Id, choice.Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChoiceValues))]
    public void Canonical_choice_values_are_understood_exactly(string questionId, string value)
    {
        var fact = Analyzer.ReadFact(questionId, value);

        Assert.NotNull(fact);
        Assert.Equal(value, fact.Value);
    }

    public static TheoryData<string, string, string> ChoiceLabels()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var question in CareerContent.Default.Questions.Where(q => q.Kind == QuestionKind.Fact && q.Id != QuestionIds.Experience))
        {
            foreach (var choice in question.Choices)
            {
                data.Add(question.Id, choice.Label[Language.ZhCn], choice.Value);
                data.Add(question.Id, choice.Label[Language.EnUs], choice.Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChoiceLabels))]
    public void Choice_labels_typed_as_text_read_to_their_value(string questionId, string label, string value)
    {
        Assert.Equal(value, Analyzer.ReadFact(questionId, label)?.Value);
    }

    [Theory]
    [InlineData("不到1年", 1)]
    [InlineData("1–3年", 2)]
    [InlineData("3–5 years", 3)]
    [InlineData("5–8年", 4)]
    [InlineData("8 years or more", 5)]
    public void Experience_choice_labels_typed_as_text_land_in_their_bucket(string label, int level)
    {
        var fact = Analyzer.ReadFact(QuestionIds.Experience, label);

        Assert.NotNull(fact);
        Assert.Equal(level, Analyze(experience: fact.Value).Level);
    }
}
