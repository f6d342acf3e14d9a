namespace CareerBot.Domain.Learning;

/// <summary>The AI learning path of docs/domain.md: L1 foundations … L4 fine-tuning and private deployment.</summary>
public enum LearningStage
{
    L1 = 1,
    L2 = 2,
    L3 = 3,
    L4 = 4,
}
