using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;

namespace CareerBot.Domain.Tests.Analysis;

/// <summary>
/// Years as a PM said only in the four HR answers, the way people write them when nobody told them the rules: without a
/// unit, with a plus, approximately, in the 3-year answer, or in a terse clause of their own (docs/domain.md rule 2).
/// </summary>
public class YearsInOpenAnswersTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("2ish", "2")]
    [InlineData("~3", "3")]
    [InlineData("4左右", "4")]
    [InlineData("10+", "10.5")]
    [InlineData("3+", "3.5")]
    [InlineData("5多", "5.5")]
    [InlineData("a little over 3", "3.5")]
    [InlineData("just over 5", "5.5")]
    [InlineData("six+", "6.5")]
    [InlineData("差不多4", "3.75")]
    [InlineData("about 7", "7")]
    public void Experience_answer_that_is_a_number_with_a_qualifier_is_years(string experience, string years)
    {
        var reading = Analyzer.ReadFact("experience", experience);

        Assert.NotNull(reading);
        Assert.Equal(years, reading.Value);
    }

    [Theory]
    [InlineData("5+ years in, and I've realised I want to stay hands-on.", 4)]
    [InlineData("PM, 4y, no reports. want bigger scope", 3)]
    [InlineData("在酒店集团做会员系统的产品，四年了，还想继续做下去", 3)]
    [InlineData("我目前在一家SaaS公司做产品，六年左右，主要做权限", 4)]
    [InlineData("我入职单位信息中心两年，一直做政务App的产品工作", 2)]
    [InlineData("Six-ish years as a PM, happy as an IC.", 4)]
    [InlineData("OK so context: I've been PM for 6 at this point, mostly subscriptions.", 4)]
    public void Years_in_the_plan_count_when_said_as_time_worked(string plan, int level)
    {
        var result = Analyze(plan: plan);

        Assert.Equal(Track.Professional, result.Track);
        Assert.Equal(level, result.Level);
        Assert.Equal(EvidenceRules.LevelYears, Deciding(result, AssessedField.Level).Rule);
    }

    [Theory]
    [InlineData("四年半的经验告诉我，先把底层模型理清楚再动手", 3)]
    [InlineData("With 6 years of experience behind me, I'll pair with data science.", 4)]
    public void Years_of_experience_in_the_approach_count(string approach, int level)
    {
        Assert.Equal(level, Analyze(approach: approach).Level);
    }

    [Theory]
    [InlineData("I've got 4 years under my belt now, so in 3 years I'd want to be a Principal PM.", 3, 4)]
    [InlineData("做了五年产品了，希望接下来三年成为产品专家", 4, 5)]
    public void Years_mentioned_in_the_three_year_answer_count_but_not_its_horizon(string threeYear, int level, int target)
    {
        var result = Analyze(threeYear: threeYear);

        Assert.Equal(level, result.Level);
        Assert.Equal(target, result.TargetLevel);
    }

    [Theory]
    [InlineData("我工作了6年，其中产品3年，前三年在保险公司做核保", 3)]
    [InlineData("~10 years total: hospital admin first, product only the last 2 years", 2)]
    public void A_total_with_a_breakdown_counts_only_the_product_part(string plan, int level)
    {
        Assert.Equal(level, Analyze(plan: plan).Level);
    }

    [Fact]
    public void A_plan_horizon_in_the_three_year_answer_is_not_experience()
    {
        Assert.Equal(1, Analyze(threeYear: "In 3 years I want to own a module").Level);
    }
}
