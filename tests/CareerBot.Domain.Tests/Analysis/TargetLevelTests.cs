using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;

namespace CareerBot.Domain.Tests.Analysis;

public class TargetLevelTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("三年后成为资深产品经理", "资深产品经理", 4)]
    [InlineData("三年内晋升为高级产品经理", "高级产品经理", 3)]
    [InlineData("In three years I want to be a Principal PM", "Principal PM", 4)]
    [InlineData("Become a product expert within 3 years", "product expert", 5)]
    public void Title_named_in_three_year_plan_is_the_target(string threeYear, string fragment, int target)
    {
        var result = Analyze(threeYear: threeYear, experience: "1");

        Assert.Equal(Track.Professional, result.Track);
        Assert.Equal(target, result.TargetLevel);
        var evidence = Deciding(result, AssessedField.TargetLevel);
        Assert.Equal(EvidenceRules.TargetTitle, evidence.Rule);
        Assert.Equal("threeYear", evidence.QuestionId);
        Assert.Equal(fragment, evidence.Fragment);
    }

    [Theory]
    [InlineData("三年内负责一条完整产品线", 5)]
    [InlineData("希望能负责一条核心业务线", 4)]
    [InlineData("Own a complete module end to end", 3)]
    public void Scope_named_in_three_year_plan_is_the_professional_target(string threeYear, int target)
    {
        var result = Analyze(threeYear: threeYear, experience: "1");

        Assert.Equal(target, result.TargetLevel);
        Assert.Equal(EvidenceRules.TargetScope, Deciding(result, AssessedField.TargetLevel).Rule);
    }

    [Theory]
    [InlineData("三年后带一个团队", 3)]
    [InlineData("In 3 years I want to lead a team of five", 3)]
    [InlineData("三年后管理多个团队", 4)]
    [InlineData("三年后带领一个5-10人的产品团队", 3)]
    public void People_responsibility_named_in_three_year_plan_is_the_management_target(string threeYear, int target)
    {
        var result = Analyze(threeYear: threeYear, experience: "2");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(target, result.TargetLevel);
        Assert.Equal(EvidenceRules.TargetTeam, Deciding(result, AssessedField.TargetLevel).Rule);
    }

    [Fact]
    public void Product_line_named_in_three_year_plan_is_director_on_management()
    {
        var result = Analyze(plan: "想走管理路线", threeYear: "三年后带团队负责一条完整的产品线", team: "mentor");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(2, result.Level);
        Assert.Equal(4, result.TargetLevel);
        Assert.Equal(EvidenceRules.TargetScope, Deciding(result, AssessedField.TargetLevel).Rule);
    }

    [Fact]
    public void Title_seen_in_three_years_is_a_target_not_the_current_title()
    {
        var result = Analyze(threeYear: "In 3 years I see myself as a Group Product Manager", experience: "3");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(2, result.Level);
        Assert.Equal(3, result.TargetLevel);
        Assert.Equal(EvidenceRules.TargetTitle, Deciding(result, AssessedField.TargetLevel).Rule);
    }

    [Fact]
    public void Director_in_three_year_plan_is_management_top()
    {
        var result = Analyze(threeYear: "三年后成为产品总监", experience: "4");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(2, result.Level);
        Assert.Equal(4, result.TargetLevel);
    }

    [Fact]
    public void Without_a_three_year_plan_the_target_is_the_next_level()
    {
        var result = Analyze(experience: "4");

        Assert.Equal(3, result.Level);
        Assert.Equal(4, result.TargetLevel);
        var evidence = Deciding(result, AssessedField.TargetLevel);
        Assert.Equal(EvidenceRules.TargetNext, evidence.Rule);
        Assert.Null(evidence.QuestionId);
    }

    [Fact]
    public void Only_the_three_year_plan_names_a_target()
    {
        var result = Analyze(goal: "成为产品专家", experience: "2");

        Assert.Equal(3, result.TargetLevel);
        Assert.Equal(EvidenceRules.TargetNext, Deciding(result, AssessedField.TargetLevel).Rule);
    }

    [Fact]
    public void Three_year_plan_naming_no_level_gives_the_next_level()
    {
        var result = Analyze(threeYear: "继续提升数据分析能力", experience: "6");

        Assert.Equal(4, result.Level);
        Assert.Equal(5, result.TargetLevel);
    }

    [Fact]
    public void Target_is_capped_at_the_top_of_the_professional_track()
    {
        var result = Analyze(experience: "10");

        Assert.Equal(5, result.Level);
        Assert.Equal(5, result.TargetLevel);
        Assert.Contains(result.EvidenceFor(AssessedField.TargetLevel), e => e.Rule == EvidenceRules.TargetCappedAtTop);
    }

    [Fact]
    public void Target_is_capped_at_the_top_of_the_management_track()
    {
        var result = Analyze(plan: "I want to keep managing people", team: "leadOfLeads");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(4, result.Level);
        Assert.Equal(4, result.TargetLevel);
    }

    [Fact]
    public void Target_is_never_below_the_current_level()
    {
        var result = Analyze(threeYear: "三年后成为高级产品经理", scope: "businessLine");

        Assert.Equal(4, result.Level);
        Assert.Equal(4, result.TargetLevel);
        Assert.Equal(EvidenceRules.TargetTitle, Deciding(result, AssessedField.TargetLevel).Rule);
        Assert.Contains(result.EvidenceFor(AssessedField.TargetLevel), e => e.Rule == EvidenceRules.TargetNotBelowCurrent);
    }

    [Fact]
    public void Target_title_of_the_other_ladder_is_not_a_target()
    {
        var result = Analyze(plan: "我不想带团队", threeYear: "不想当总监，想做资深产品经理", experience: "2");

        Assert.Equal(Track.Professional, result.Track);
        Assert.Equal(4, result.TargetLevel);
    }
}
