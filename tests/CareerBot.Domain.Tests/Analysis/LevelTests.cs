using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;

namespace CareerBot.Domain.Tests.Analysis;

public class LevelTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("我现在是高级产品经理", "高级产品经理", 3)]
    [InlineData("目前是资深产品经理，负责增长", "资深产品经理", 4)]
    [InlineData("I'm a Senior PM at a fintech", "Senior PM", 3)]
    [InlineData("Currently a Principal Product Manager", "Principal Product Manager", 4)]
    [InlineData("我是一名产品助理", "产品助理", 1)]
    public void Current_title_outranks_scope_and_years_on_professional(string plan, string fragment, int level)
    {
        var result = Analyze(plan: plan, experience: "10", scope: "productLine");

        Assert.Equal(Track.Professional, result.Track);
        Assert.Equal(level, result.Level);
        var evidence = Deciding(result, AssessedField.Level);
        Assert.Equal(EvidenceRules.LevelTitle, evidence.Rule);
        Assert.Equal(fragment, evidence.Fragment);
    }

    [Fact]
    public void Title_in_three_year_plan_is_a_target_not_the_current_title()
    {
        var result = Analyze(threeYear: "三年后成为资深产品经理", experience: "2");

        Assert.Equal(2, result.Level);
        Assert.Equal(EvidenceRules.LevelYears, Deciding(result, AssessedField.Level).Rule);
        Assert.Equal(4, result.TargetLevel);
    }

    [Fact]
    public void Title_named_as_an_aim_in_the_plan_is_not_the_current_title()
    {
        Assert.Equal(1, Analyze(plan: "I want to become a senior PM", experience: "0.5").Level);
    }

    [Fact]
    public void Current_title_in_the_three_year_answer_still_counts_when_said_to_be_now()
    {
        var result = Analyze(threeYear: "我现在是高级产品经理，三年后想成为产品专家");

        Assert.Equal(3, result.Level);
        Assert.Equal(5, result.TargetLevel);
    }

    [Fact]
    public void Title_of_the_other_ladder_is_ignored_on_management()
    {
        var result = Analyze(plan: "想带团队", goal: "我现在是高级产品经理", experience: "6");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(2, result.Level);
        Assert.Equal(EvidenceRules.LevelYears, Deciding(result, AssessedField.Level).Rule);
        Assert.Contains(result.EvidenceFor(AssessedField.Level), e => e.Rule == EvidenceRules.LevelOtherLadderIgnored && e.Fragment == "高级产品经理");
    }

    [Fact]
    public void Title_of_the_other_ladder_is_ignored_on_professional()
    {
        var result = Analyze(plan: "I want to go deeper as a specialist", goal: "I'm a team lead today", experience: "4");

        Assert.Equal(Track.Professional, result.Track);
        Assert.Equal(3, result.Level);
        Assert.Equal(EvidenceRules.LevelYears, Deciding(result, AssessedField.Level).Rule);
    }

    [Fact]
    public void Current_management_title_sets_management_level()
    {
        var result = Analyze(plan: "继续带团队，做大团队规模", team: "我现在是产品总监");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(4, result.Level);
        Assert.Equal(EvidenceRules.LevelTitle, Deciding(result, AssessedField.Level).Rule);
    }

    [Theory]
    [InlineData("feature", 2)]
    [InlineData("module", 3)]
    [InlineData("businessLine", 4)]
    [InlineData("productLine", 5)]
    [InlineData("负责支付模块", 3)]
    [InlineData("I own a whole product line", 5)]
    public void Scope_outranks_years_on_professional(string scope, int level)
    {
        var result = Analyze(experience: "0.5", scope: scope);

        Assert.Equal(level, result.Level);
        var evidence = Deciding(result, AssessedField.Level);
        Assert.Equal(EvidenceRules.LevelScope, evidence.Rule);
        Assert.Equal("scope", evidence.QuestionId);
    }

    [Fact]
    public void Scope_is_ignored_on_management()
    {
        var result = Analyze(plan: "想带团队", experience: "6", scope: "productLine");

        Assert.Equal(2, result.Level);
        Assert.Equal(EvidenceRules.LevelYears, Deciding(result, AssessedField.Level).Rule);
    }

    [Theory]
    [InlineData("none", 1)]
    [InlineData("mentor", 2)]
    [InlineData("lead", 3)]
    [InlineData("leadOfLeads", 4)]
    [InlineData("带新人，但没有下属", 2)]
    [InlineData("带3个人", 3)]
    [InlineData("I manage two teams of PMs", 4)]
    public void Team_sets_management_level(string team, int level)
    {
        var result = Analyze(plan: "I want to lead a team", team: team);

        Assert.Equal(level, result.Level);
        Assert.Equal(EvidenceRules.LevelTeam, Deciding(result, AssessedField.Level).Rule);
    }

    [Theory]
    [InlineData("I don't lead or mentor anyone")]
    [InlineData("不带人")]
    public void Team_answer_outranks_years_on_management(string team)
    {
        var result = Analyze(plan: "I want to become a people manager", experience: "10", team: team);

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(1, result.Level);
        var evidence = Deciding(result, AssessedField.Level);
        Assert.Equal(EvidenceRules.LevelTeam, evidence.Rule);
        Assert.Equal("team", evidence.QuestionId);
    }

    [Fact]
    public void Team_is_ignored_on_professional()
    {
        Assert.Equal(2, Analyze(experience: "2", team: "leadOfLeads").Level);
    }

    [Theory]
    [InlineData("0.5", 1)]
    [InlineData("0.99", 1)]
    [InlineData("1", 2)]
    [InlineData("2.9", 2)]
    [InlineData("3", 3)]
    [InlineData("4.9", 3)]
    [InlineData("5", 4)]
    [InlineData("7.9", 4)]
    [InlineData("8", 5)]
    [InlineData("15", 5)]
    [InlineData("两年半", 2)]
    [InlineData("five years", 4)]
    public void Years_bucket_into_professional_levels(string experience, int level)
    {
        var result = Analyze(experience: experience);

        Assert.Equal(level, result.Level);
        var evidence = Deciding(result, AssessedField.Level);
        Assert.Equal(EvidenceRules.LevelYears, evidence.Rule);
        Assert.Equal("experience", evidence.QuestionId);
    }

    [Theory]
    [InlineData("0.5", 1)]
    [InlineData("半年", 1)]
    [InlineData("1", 2)]
    [InlineData("10", 2)]
    public void Years_alone_give_management_level_one_under_a_year_else_two(string experience, int level)
    {
        var result = Analyze(plan: "想带团队", experience: experience);

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal(level, result.Level);
        Assert.Equal(EvidenceRules.LevelYears, Deciding(result, AssessedField.Level).Rule);
    }

    [Theory]
    [InlineData("做了3年开发，转产品1年", 2)]
    [InlineData("I was a developer for 6 years, then a PM for 2 years", 2)]
    public void Years_count_only_time_as_a_PM(string experience, int level)
    {
        Assert.Equal(level, Analyze(experience: experience).Level);
    }

    [Fact]
    public void No_level_evidence_gives_level_one()
    {
        var result = Analyze(plan: "想在专业上做深");

        Assert.Equal(1, result.Level);
        var evidence = Deciding(result, AssessedField.Level);
        Assert.Equal(EvidenceRules.LevelDefault, evidence.Rule);
        Assert.Null(evidence.QuestionId);
    }

    [Fact]
    public void Facts_stated_in_open_answers_count_when_the_fact_questions_are_unanswered()
    {
        var result = Analyze(plan: "我做了五年，负责支付核心业务线，带3个人");

        Assert.Equal(4, result.Level);
        var evidence = Deciding(result, AssessedField.Level);
        Assert.Equal(EvidenceRules.LevelScope, evidence.Rule);
        Assert.Equal("plan", evidence.QuestionId);
        Assert.Equal("支付核心业务线", evidence.Fragment);
    }
}
