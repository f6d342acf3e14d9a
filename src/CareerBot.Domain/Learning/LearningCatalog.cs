using CareerBot.Domain.Localization;

namespace CareerBot.Domain.Learning;

/// <summary>A public learning resource; <see cref="Language"/> is the language the resource itself is written in.</summary>
public sealed record LearningResource(string Title, Uri Url, string Language);

public sealed record LearningStageInfo(LearningStage Stage, LocalizedText Name, LocalizedText Summary, IReadOnlyList<LearningResource> Resources);

/// <summary>What to study at each stage (content/learning-catalog.json): organisations swap in their own links.</summary>
public sealed class LearningCatalog
{
    public const int MinLinks = 2;
    public const int MaxLinks = 5;

    private readonly IReadOnlyDictionary<LearningStage, LearningStageInfo> _stages;

    public LearningCatalog(IEnumerable<LearningStageInfo> stages) => _stages = stages.ToDictionary(s => s.Stage);

    public IEnumerable<LearningStageInfo> Stages => _stages.Values.OrderBy(s => s.Stage);

    public LearningStageInfo this[LearningStage stage] => _stages[stage];

    /// <summary>
    /// The links a card shows for a stage: resources in the reader's language first, then the others, at most
    /// <see cref="MaxLinks"/>.
    /// </summary>
    public IReadOnlyList<LearningResource> LinksFor(LearningStage stage, Language language) =>
        _stages[stage].Resources
            .OrderBy(r => string.Equals(r.Language, language.Tag(), StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Take(MaxLinks)
            .ToList();
}
