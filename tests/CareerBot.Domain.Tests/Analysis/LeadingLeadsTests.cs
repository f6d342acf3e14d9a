using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;

namespace CareerBot.Domain.Tests.Analysis;

/// <summary>
/// Someone whose reports are leads themselves is a Product Director (management 4), however it is phrased: the lead's
/// title in such an answer belongs to the people led (docs/domain.md rule 2; the "管4个组长" difference).
/// </summary>
public class LeadingLeadsTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("管4个组长")]
    [InlineData("管两个组长")]
    [InlineData("管理4个组长")]
    [InlineData("我带三个小组长，每个小组五六个人")]
    [InlineData("管着两个PM组，每组有个组长")]
    [InlineData("管两个组，每组有组长")]
    [InlineData("管着三个组的负责人")]
    [InlineData("four team leads report to me")]
    [InlineData("the two leads, each with 5-6 PMs")]
    [InlineData("my directs are all team leads")]
    [InlineData("three group PMs, each of them has their own team")]
    [InlineData("I manage two senior PMs who each run their own pod")]
    [InlineData("下面有3个产品经理主管")]
    [InlineData("I have 3 managers reporting to me")]
    public void Team_answer_of_leads_who_lead_is_lead_of_leads(string team)
    {
        var result = Analyze(plan: "继续做管理 / keep managing", team: team);

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(4, result.Level);
        Assert.Equal(EvidenceRules.LevelTeam, Deciding(result, AssessedField.Level).Rule);
    }

    [Theory]
    [InlineData("目前负责平台产品部，下面四个组，组长都是我招进来的")]
    [InlineData("本人目前分管公司两个产品组，希望把产品团队带得更好")]
    [InlineData("I run product for logistics: three team leads report to me and I want to keep leading.")]
    public void Leading_leads_said_in_the_plan_is_director_level(string plan)
    {
        var result = Analyze(plan: plan, experience: "10");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(4, result.Level);
        Assert.NotEqual(EvidenceRules.LevelTitle, Deciding(result, AssessedField.Level).Rule);
    }

    [Theory]
    [InlineData("我是组长")]
    [InlineData("I'm a team lead with 4 reports")]
    public void A_leads_own_title_still_counts(string team)
    {
        var result = Analyze(plan: "想继续带团队 / keep leading", team: team);

        Assert.Equal(3, result.Level);
    }
}
