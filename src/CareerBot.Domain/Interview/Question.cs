using CareerBot.Domain.Localization;

namespace CareerBot.Domain.Interview;

public enum QuestionKind
{
    /// <summary>An open HR question answered in free text (plan, goal, approach, threeYear).</summary>
    Open,

    /// <summary>A fact question offered as choices (scope, team, ai) or free text (experience).</summary>
    Fact,
}

public sealed record Choice(string Value, LocalizedText Label);

/// <summary>One interview question as content/questions.json defines it; ids as in docs/domain.md.</summary>
public sealed record Question(string Id, QuestionKind Kind, LocalizedText Prompt, LocalizedText Hint, IReadOnlyList<Choice> Choices);

/// <summary>The question ids of docs/domain.md ("The interview"), in the order the interview asks them.</summary>
public static class QuestionIds
{
    public const string Plan = "plan";
    public const string Goal = "goal";
    public const string Approach = "approach";
    public const string ThreeYear = "threeYear";
    public const string Experience = "experience";
    public const string Scope = "scope";
    public const string Team = "team";
    public const string Ai = "ai";

    public static IReadOnlyList<string> Open { get; } = [Plan, Goal, Approach, ThreeYear];

    public static IReadOnlyList<string> Facts { get; } = [Experience, Scope, Team, Ai];
}
