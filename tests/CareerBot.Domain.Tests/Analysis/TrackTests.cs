using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;

namespace CareerBot.Domain.Tests.Analysis;

public class TrackTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("我想带团队，走管理路线", "带团队")]
    [InlineData("希望几年后成为团队leader", "团队leader")]
    [InlineData("以后想做管理", "做管理")]
    [InlineData("I want to become a people manager", "people manager")]
    [InlineData("Grow into a Head of Product role", "Head of Product")]
    [InlineData("I don't want to be an IC forever; I want to manage a team", "manage a team")]
    public void Management_intent_in_plan_gives_management(string plan, string fragment)
    {
        var result = Analyze(plan: plan);

        Assert.Equal(Track.Management, result.Track);
        var evidence = Deciding(result, AssessedField.Track);
        Assert.Equal(EvidenceRules.TrackManagementIntent, evidence.Rule);
        Assert.Equal("plan", evidence.QuestionId);
        Assert.Equal(fragment, evidence.Fragment);
    }

    [Theory]
    [InlineData("Honestly, I'm not an IC forever.")]
    [InlineData("I do not want to stay an individual contributor forever")]
    [InlineData("不想一直当个人贡献者")]
    [InlineData("不想一直做执行")]
    public void Not_an_IC_forever_counts_as_management_intent(string plan)
    {
        Assert.Equal(Track.Management, Analyze(plan: plan).Track);
    }

    [Fact]
    public void Wanting_to_stay_an_IC_forever_is_professional()
    {
        Assert.Equal(Track.Professional, Analyze(plan: "想带团队", threeYear: "I'm happy to be an IC forever").Track);
    }

    [Fact]
    public void Management_intent_in_goal_gives_management()
    {
        Assert.Equal(Track.Management, Analyze(goal: "入职后希望能带一个小团队").Track);
    }

    [Theory]
    [InlineData("我不想带团队，想在专业上做深")]
    [InlineData("不打算走管理路线，更想成为产品专家")]
    [InlineData("带团队不是我想要的")]
    [InlineData("I don't want to manage people; I want to go deeper as a specialist")]
    [InlineData("I have no interest in managing people")]
    [InlineData("Managing people is not for me")]
    public void Negated_management_intent_stays_professional(string plan)
    {
        Assert.Equal(Track.Professional, Analyze(plan: plan).Track);
    }

    [Theory]
    [InlineData("不仅想做好产品，还想带团队")]
    [InlineData("不断提升自己，争取带团队")]
    [InlineData("从无到有搭建团队")]
    [InlineData("虽然不擅长沟通也想带团队")]
    [InlineData("I have no problem managing people")]
    [InlineData("I don't mind managing people")]
    [InlineData("不介意带团队")]
    [InlineData("I don't want to write specs all day and I want to lead a team")]
    public void Words_that_only_look_like_negations_do_not_negate(string plan)
    {
        Assert.Equal(Track.Management, Analyze(plan: plan).Track);
    }

    [Fact]
    public void No_stated_aim_is_professional_by_default()
    {
        var result = Analyze(plan: "把手上的产品做好", approach: "多看数据");

        Assert.Equal(Track.Professional, result.Track);
        var evidence = Deciding(result, AssessedField.Track);
        Assert.Equal(EvidenceRules.TrackDefault, evidence.Rule);
        Assert.Null(evidence.QuestionId);
    }

    [Theory]
    [InlineData("提升项目管理和需求管理能力")]
    [InlineData("Improve my product management skills")]
    public void Project_or_product_management_is_not_an_aim_to_lead_people(string plan)
    {
        Assert.Equal(Track.Professional, Analyze(plan: plan).Track);
    }

    [Fact]
    public void Three_year_plan_decides_when_it_disagrees_with_the_plan_zh()
    {
        var result = Analyze(plan: "想带团队", threeYear: "三年后成为资深产品经理，在专业上深耕");

        Assert.Equal(Track.Professional, result.Track);
        var evidence = Deciding(result, AssessedField.Track);
        Assert.Equal(EvidenceRules.TrackProfessionalIntent, evidence.Rule);
        Assert.Equal("threeYear", evidence.QuestionId);
    }

    [Fact]
    public void Three_year_plan_decides_when_it_disagrees_with_the_plan_en()
    {
        var result = Analyze(plan: "Become a product expert", goal: "Own the search module", threeYear: "In three years I want to lead a team");

        Assert.Equal(Track.Management, result.Track);
        Assert.Equal("threeYear", Deciding(result, AssessedField.Track).QuestionId);
    }

    [Fact]
    public void Three_year_refusal_of_management_outranks_earlier_management_aim()
    {
        Assert.Equal(Track.Professional, Analyze(plan: "I'd like to manage people", threeYear: "I don't want to manage anyone by then").Track);
    }

    [Fact]
    public void Management_words_in_approach_alone_do_not_set_the_track()
    {
        Assert.Equal(Track.Professional, Analyze(approach: "多向带团队的前辈请教").Track);
    }
}
