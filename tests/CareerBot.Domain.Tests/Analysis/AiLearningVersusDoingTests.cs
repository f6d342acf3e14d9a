using CareerBot.Domain.Analysis;
using CareerBot.Domain.Learning;

namespace CareerBot.Domain.Tests.Analysis;

/// <summary>
/// Rule 4 as people write it: studying a technique is not experience with it, a hedge after a real activity does not
/// undo it, a model put into something that serves real users is built on, and a design that never shipped is not
/// production architecture.
/// </summary>
public class AiLearningVersusDoingTests : AnalyzerTestBase
{
    [Theory]
    [InlineData("Haven't really used AI tools at work. I'm taking an online course on RAG though.", LearningStage.L1)]
    [InlineData("还没实际用过，在上一个RAG的网课", LearningStage.L1)]
    [InlineData("user", LearningStage.L2)]
    public void Studying_a_technique_is_not_experience_with_it(string ai, LearningStage stage)
    {
        var result = Analyze(approach: "I'm taking a course on fine-tuning and agents to keep up with the ML folks.", ai: ai);

        Assert.Equal(stage, result.LearningStage);
    }

    [Theory]
    [InlineData("用过一点GPT，没啥特别的", LearningStage.L2)]
    [InlineData("not much - I use ChatGPT for emails", LearningStage.L2)]
    [InlineData("I hooked up a GPT call to auto-tag feedback. It's live but honestly it's nothing fancy.", LearningStage.L3)]
    [InlineData("设计过线上在跑的多agent编排，也就那样吧", LearningStage.L4)]
    public void A_hedge_after_a_real_activity_is_not_nothing(string ai, LearningStage stage)
    {
        Assert.Equal(stage, Analyze(ai: ai).LearningStage);
    }

    [Theory]
    [InlineData("We use an LLM to draft the newsletter summaries; I wrote the prompts and it ships every morning")]
    [InlineData("we wired GPT-4o into the app to turn voice notes into records, it's live with 200 users")]
    [InlineData("we ran a pilot chatbot on Azure OpenAI; it served 12k real claimants")]
    [InlineData("built our reminder bot on Twilio + GPT, live at 12 clinics")]
    [InlineData("语音助手接了大模型，prompt是我定的，已经量产上车了")]
    [InlineData("在做大模型语音交互的需求，prompt是我写的，功能已经上线")]
    public void A_model_in_something_that_serves_real_users_is_built_on(string ai)
    {
        var result = Analyze(ai: ai);

        Assert.Equal(LearningStage.L3, result.LearningStage);
        Assert.Equal("ai", Deciding(result, AssessedField.LearningStage).QuestionId);
    }

    [Theory]
    [InlineData("I use ChatGPT daily")]
    [InlineData("平时用Kimi整理资料")]
    [InlineData("用过即时设计里的AI功能画原型")]
    [InlineData("用过")]
    public void Using_assistants_or_a_tools_ai_feature_is_use(string ai)
    {
        Assert.Equal(LearningStage.L2, Analyze(ai: ai).LearningStage);
    }

    [Theory]
    [InlineData("用LangChain搭过一个内部知识库问答的demo，没上线")]
    [InlineData("built a RAG demo at a hackathon, never shipped")]
    public void A_rag_design_that_never_shipped_is_building_not_architecture(string ai)
    {
        Assert.Equal(LearningStage.L3, Analyze(ai: ai).LearningStage);
    }

    [Theory]
    [InlineData("Field visits with agents, tight work with engineering.")]
    [InlineData("Partner with the ranking team, run more offline evals.")]
    [InlineData("Shadow our support agents for a week.")]
    public void Human_agents_and_search_evals_are_not_ai_architecture(string approach)
    {
        Assert.Equal(LearningStage.L1, Analyze(approach: approach).LearningStage);
    }
}
