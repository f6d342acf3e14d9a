using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;

namespace CareerBot.Domain.Tests.Analysis;

/// <summary>Rule 3: a 3-year plan that names "the level after X" names the level after X, in either language.</summary>
public class RelativeTargetTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("三年内升到比高级产品经理再高一级", "比高级产品经理再高一级")]
    [InlineData("想拿到高级产品经理的下一级", "高级产品经理的下一级")]
    [InlineData("The level above senior PM - whatever our ladder calls it.", "The level above senior PM")]
    [InlineData("one step past Senior PM", "one step past Senior PM")]
    public void The_level_after_a_title_is_the_target(string threeYear, string fragment)
    {
        var result = Analyze(plan: "专业路线 / stay an IC", threeYear: threeYear, scope: "module");

        Assert.Equal(Track.Professional, result.Track);
        Assert.Equal(3, result.Level);
        Assert.Equal(4, result.TargetLevel);
        var evidence = Deciding(result, AssessedField.TargetLevel);
        Assert.Equal(EvidenceRules.TargetTitle, evidence.Rule);
        Assert.Equal(fragment, evidence.Fragment);
    }

    [Theory]
    [InlineData("One step past team lead - managing the leads rather than the ICs.")]
    [InlineData("做到比团队leader再高一级，管几个组长")]
    public void The_level_after_a_lead_on_management_is_director(string threeYear)
    {
        var result = Analyze(plan: "keep leading / 继续带团队", threeYear: threeYear, team: "lead");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(3, result.Level);
        Assert.Equal(4, result.TargetLevel);
    }

    [Fact]
    public void The_level_after_the_top_is_capped()
    {
        var result = Analyze(threeYear: "三年后做到比产品专家再高一级", experience: "10");

        Assert.Equal(5, result.TargetLevel);
        Assert.Contains(result.EvidenceFor(AssessedField.TargetLevel), e => e.Rule == EvidenceRules.TargetCappedAtTop);
    }

    [Theory]
    [InlineData("三年内成为高级产品经理")]
    [InlineData("Senior PM, and be better than I am now")]
    public void A_title_named_plainly_is_its_own_level(string threeYear)
    {
        Assert.Equal(3, Analyze(threeYear: threeYear, experience: "2").TargetLevel);
    }
}
