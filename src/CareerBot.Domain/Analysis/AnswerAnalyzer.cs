namespace CareerBot.Domain.Analysis;

/// <summary>
/// Maps interview answers (question id → free text) to an <see cref="Assessment"/> per domain.md's rules.
/// Pure and thread-safe: one instance serves every turn. PLACEHOLDER body: replaced by the analysis work.
/// </summary>
public sealed class AnswerAnalyzer
{
    private readonly Lexicon _lexicon;

    public AnswerAnalyzer(Lexicon lexicon) => _lexicon = lexicon;

    /// <summary>The full result from whatever answers exist (any may be missing or empty).</summary>
    public Assessment Analyze(IReadOnlyDictionary<string, string> answers) =>
        new(Ladders.Track.Professional, 1, 2, Learning.LearningStage.L1, _lexicon is null ? [] : []);

    /// <summary>Reads a typed answer to one fact question; null when the text does not answer it.</summary>
    public FactReading? ReadFact(string questionId, string text) => _lexicon is null ? null : null;

    /// <summary>Facts already stated in earlier answers, so the interview can confirm them instead of asking blind.</summary>
    public IReadOnlyList<FactReading> FindFacts(IReadOnlyDictionary<string, string> answers) => _lexicon is null ? [] : [];
}
