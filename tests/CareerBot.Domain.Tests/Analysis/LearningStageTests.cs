using CareerBot.Domain.Analysis;
using CareerBot.Domain.Learning;

namespace CareerBot.Domain.Tests.Analysis;

public class LearningStageTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("none", LearningStage.L1)]
    [InlineData("user", LearningStage.L2)]
    [InlineData("builder", LearningStage.L3)]
    [InlineData("architect", LearningStage.L4)]
    [InlineData("tuner", LearningStage.L4)]
    public void Canonical_ai_choice_maps_to_stage(string ai, LearningStage stage)
    {
        var result = Analyze(ai: ai);

        Assert.Equal(stage, result.LearningStage);
        var evidence = Deciding(result, AssessedField.LearningStage);
        Assert.Equal(EvidenceRules.LearningStageAi, evidence.Rule);
        Assert.Equal("ai", evidence.QuestionId);
    }

    [Theory]
    [InlineData("只听说过，没怎么用", LearningStage.L1)]
    [InlineData("I've only heard of it", LearningStage.L1)]
    [InlineData("用过ChatGPT写周报", LearningStage.L2)]
    [InlineData("I use ChatGPT to draft specs", LearningStage.L2)]
    [InlineData("基于大模型API做过智能客服功能", LearningStage.L3)]
    [InlineData("Built a summarisation feature on the OpenAI API", LearningStage.L3)]
    [InlineData("做过RAG知识库问答，已上线", LearningStage.L4)]
    [InlineData("Designed an agent architecture that runs in production", LearningStage.L4)]
    [InlineData("参与过模型微调和私有化部署", LearningStage.L4)]
    [InlineData("took part in fine-tuning a model", LearningStage.L4)]
    public void Typed_ai_experience_maps_to_stage(string ai, LearningStage stage)
    {
        Assert.Equal(stage, Analyze(ai: ai).LearningStage);
    }

    [Fact]
    public void Highest_ai_experience_anywhere_decides()
    {
        var result = Analyze(approach: "我在上一家公司做过私有化部署", ai: "user");

        Assert.Equal(LearningStage.L4, result.LearningStage);
        var evidence = Deciding(result, AssessedField.LearningStage);
        Assert.Equal("approach", evidence.QuestionId);
        Assert.Equal("私有化部署", evidence.Fragment);
    }

    [Theory]
    [InlineData("平时用ChatGPT写需求文档，接下来系统学习大模型")]
    [InlineData("I already use Claude daily; next I'll learn how agents work")]
    public void Habits_in_the_approach_answer_are_experience(string approach)
    {
        Assert.Equal(LearningStage.L2, Analyze(approach: approach).LearningStage);
    }

    [Theory]
    [InlineData("打算学习RAG和微调")]
    [InlineData("I plan to learn fine-tuning")]
    [InlineData("系统学习大模型应用开发，自己用API做几个小工具")]
    public void Plans_to_learn_are_not_experience(string approach)
    {
        Assert.Equal(LearningStage.L2, Analyze(approach: approach, ai: "user").LearningStage);
    }

    [Theory]
    [InlineData("没用过ChatGPT")]
    [InlineData("never used any AI tools")]
    public void Negated_ai_use_is_stage_one(string ai)
    {
        Assert.Equal(LearningStage.L1, Analyze(ai: ai).LearningStage);
    }

    [Fact]
    public void No_ai_evidence_gives_stage_one_by_default()
    {
        var result = Analyze(plan: "想做产品专家");

        Assert.Equal(LearningStage.L1, result.LearningStage);
        var evidence = Deciding(result, AssessedField.LearningStage);
        Assert.Equal(EvidenceRules.LearningStageDefault, evidence.Rule);
        Assert.Null(evidence.QuestionId);
    }
}
