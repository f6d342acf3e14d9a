using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;

namespace CareerBot.Domain.Analysis;

/// <summary>The four fields an assessment decides, as named in docs/domain.md and the <c>assess</c> output.</summary>
public enum AssessedField
{
    Track,
    Level,
    TargetLevel,
    LearningStage,
}

/// <summary>
/// Why a field got its value: the answer (question id, or null for a default) and the fragment of it that decided,
/// plus the rule that applied (a stable key such as "level.title", "level.years", "track.default").
/// </summary>
public sealed record Evidence(AssessedField Field, string? QuestionId, string Fragment, string Rule);

/// <summary>The result of an interview: where the person is, where their plan points, and what to learn next.</summary>
public sealed record Assessment(
    Track Track,
    int Level,
    int TargetLevel,
    LearningStage LearningStage,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>
    /// Always an array: a collection expression's compiler-made list type cannot be recreated by the state
    /// serializers (they record the runtime type), and an assessment lives in bot state.
    /// </summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = Evidence as Evidence[] ?? Evidence.ToArray();

    public IEnumerable<Evidence> EvidenceFor(AssessedField field) => Evidence.Where(e => e.Field == field);
}
