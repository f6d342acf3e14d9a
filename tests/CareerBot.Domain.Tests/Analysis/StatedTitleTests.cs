using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;

namespace CareerBot.Domain.Tests.Analysis;

/// <summary>
/// Rule 2: a current title stated in passing outranks scope and years, even said modestly, ironically or in quotes; a
/// role named after an aim is the aim; a title inside a statement of people mentored is theirs.
/// </summary>
public class StatedTitleTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("我现在的title是“资深产品经理”，但说实话就是个画原型的", 4)]
    [InlineData("My title says Senior PM (lol, startup titles), I just want to keep learning.", 3)]
    [InlineData("I am, on paper, a Principal PM - mostly I write tickets.", 4)]
    [InlineData("目前在一家小公司当senior PM，想继续做深", 3)]
    public void A_title_said_modestly_or_in_quotes_outranks_scope_and_years(string plan, int level)
    {
        var result = Analyze(plan: plan, experience: "1", scope: "feature");

        Assert.Equal(Track.Professional, result.Track);
        Assert.Equal(level, result.Level);
        Assert.Equal(EvidenceRules.LevelTitle, Deciding(result, AssessedField.Level).Rule);
    }

    [Theory]
    [InlineData("作为目前公司的产品总监，我希望继续做管理")]
    [InlineData("As the current Head of Product here, I want to keep building teams.")]
    public void A_management_title_in_passing_sets_the_management_level(string plan)
    {
        var result = Analyze(plan: plan);

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(4, result.Level);
    }

    [Theory]
    [InlineData("三年内希望能担任公司的产品负责人，分管多条产品线")]
    [InlineData("I'd like to serve as head of product for the whole suite.")]
    public void A_role_named_after_an_aim_is_the_aim(string threeYear)
    {
        var result = Analyze(plan: "继续带团队 / keep leading", threeYear: threeYear, team: "lead");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(3, result.Level);
        Assert.Equal(4, result.TargetLevel);
    }

    [Fact]
    public void A_role_in_the_three_year_plan_is_not_a_team_held_now()
    {
        var result = Analyze(plan: "My long-term plan is to lead product teams.", threeYear: "Leading a small product team as a team lead.", experience: "1.5");

        Assert.Equal(2, result.Level);
        Assert.Equal(3, result.TargetLevel);
    }

    [Theory]
    [InlineData("1 junior PM I mentor")]
    [InlineData("带2个产品实习生")]
    public void A_title_of_the_people_mentored_is_not_the_speakers(string team)
    {
        var result = Analyze(team: team, scope: "businessLine");

        Assert.Equal(4, result.Level);
        Assert.Equal(EvidenceRules.LevelScope, Deciding(result, AssessedField.Level).Rule);
    }

    [Theory]
    [InlineData("想继续做管理，我现在是发行线的product lead", "管着两个PM组，每组有个组长", 4)]
    [InlineData("I'm the product lead for payments and want to keep leading.", "3 direct reports", 3)]
    public void Product_lead_names_no_ladder_step_so_the_team_decides(string plan, string team, int level)
    {
        var result = Analyze(plan: plan, team: team, experience: "8");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(level, result.Level);
        Assert.Equal(EvidenceRules.LevelTeam, Deciding(result, AssessedField.Level).Rule);
    }
}
