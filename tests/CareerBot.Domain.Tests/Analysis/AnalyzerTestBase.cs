using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;

namespace CareerBot.Domain.Tests.Analysis;

/// <summary>One analyzer over the shipped lexicon, as the bot uses it, and a compact way to write answers.</summary>
public abstract class AnalyzerTestBase
{
    protected static AnswerAnalyzer Analyzer { get; } = new(CareerContent.Default.Lexicon);

    protected static Assessment Analyze(
        string? plan = null, string? goal = null, string? approach = null, string? threeYear = null,
        string? experience = null, string? scope = null, string? team = null, string? ai = null) =>
        Analyzer.Analyze(Answers(plan, goal, approach, threeYear, experience, scope, team, ai));

    protected static Dictionary<string, string> Answers(
        string? plan = null, string? goal = null, string? approach = null, string? threeYear = null,
        string? experience = null, string? scope = null, string? team = null, string? ai = null)
    {
        var answers = new Dictionary<string, string>();
        void Add(string id, string? text)
        {
            if (text is not null)
            {
                answers[id] = text;
            }
        }

        Add(QuestionIds.Plan, plan);
        Add(QuestionIds.Goal, goal);
        Add(QuestionIds.Approach, approach);
        Add(QuestionIds.ThreeYear, threeYear);
        Add(QuestionIds.Experience, experience);
        Add(QuestionIds.Scope, scope);
        Add(QuestionIds.Team, team);
        Add(QuestionIds.Ai, ai);
        return answers;
    }

    /// <summary>The evidence that decided a field (the first entry; notes such as caps come after it).</summary>
    protected static Evidence Deciding(Assessment assessment, AssessedField field) => assessment.EvidenceFor(field).First();
}
