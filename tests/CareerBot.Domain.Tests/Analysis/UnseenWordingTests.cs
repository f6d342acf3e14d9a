using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;

namespace CareerBot.Domain.Tests.Analysis;

/// <summary>
/// Wordings from interviews written without the lexicon in view: 管理 / "management" naming what a product manages, a
/// refusal said after the word, a responsibility given up, leading as a topic to watch or to be mentored in.
/// </summary>
public class UnseenWordingTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("负责完整的合同管理产品线")]
    [InlineData("负责会员管理系统和订单管理后台")]
    [InlineData("Owning the complete asset-management product line.")]
    [InlineData("Own the wealth management app end to end.")]
    public void Management_naming_what_a_product_manages_is_not_an_aim_to_lead(string threeYear)
    {
        var result = Analyze(threeYear: threeYear, scope: "businessLine");

        Assert.Equal(Track.Professional, result.Track);
        Assert.Equal(4, result.Level);
        Assert.Equal(5, result.TargetLevel);
    }

    [Theory]
    [InlineData("继续管理这个产品中心")]
    [InlineData("I want to keep managing people.")]
    public void Managing_people_or_a_department_is_still_an_aim_to_lead(string plan)
    {
        Assert.Equal(Track.Management, Analyze(plan: plan).Track);
    }

    [Theory]
    [InlineData("I'd rather grow into a Principal PM; managing isn't where my energy is anymore.")]
    [InlineData("试过带两个人，发现管理真不适合我，想做资深产品经理")]
    public void A_refusal_said_after_the_word_is_a_specialist_aim(string threeYear)
    {
        var result = Analyze(plan: "move toward people leadership eventually / 以后带团队", threeYear: threeYear);

        Assert.Equal(Track.Professional, result.Track);
        Assert.Equal(4, result.TargetLevel);
    }

    [Theory]
    [InlineData("带过一个实习生，现在没有", 1)]
    [InlineData("I mentor two junior PMs but no one reports to me", 2)]
    [InlineData("none yet", 1)]
    public void Todays_people_responsibility_is_what_counts(string team, int level)
    {
        Assert.Equal(level, Analyze(plan: "想带团队 / lead a team", experience: "3", team: team).Level);
    }

    [Theory]
    [InlineData("多观察现在leader怎么带团队")]
    [InlineData("Invest in relationships and seek management mentoring.")]
    [InlineData("Watch how leads run their teams and ask for feedback.")]
    public void Leading_as_a_topic_to_watch_or_be_mentored_in_is_not_a_team(string approach)
    {
        var result = Analyze(plan: "希望往管理方向发展 / move into management", approach: approach);

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(1, result.Level);
    }

    [Fact]
    public void Having_mentored_this_year_is_mentoring()
    {
        var result = Analyze(plan: "I'm keen to move into line management. Having mentored two graduates this year, I've found I like developing people.");

        Assert.Equal(2, result.Level);
    }
}
