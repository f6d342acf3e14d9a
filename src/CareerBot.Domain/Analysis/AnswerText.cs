using System.Text.RegularExpressions;

namespace CareerBot.Domain.Analysis;

/// <summary>Which way the cues nearest before a match point: to now, to an aim, or nowhere.</summary>
internal enum Tense
{
    Neutral,
    Current,
    Future,
}

/// <summary>A match of a lexicon value in an answer.</summary>
internal sealed record Hit(AnswerText Answer, Span Span, string Value)
{
    public string Fragment => Answer.Original[Span.Start..Span.End];
}

/// <summary>
/// One answer prepared for matching: its normalised text (same length as the original, so spans point into both)
/// and its clauses. Created per call; never shared.
/// </summary>
internal sealed partial class AnswerText
{
    /// <summary>Longer answers are read up to here: no one types more in a chat, and matching cost stays bounded.</summary>
    public const int MaxLength = 2000;

    // Split on first use: a fact read across several answers stops at the first that mentions it.
    private List<Span>? _clauses;
    private bool? _speaksOfExperience;

    // The same matches, negations and tenses are asked for by several rules: computed once per answer and call.
    // Whole-answer matches by TermSet.Index, the array made on first use like the clauses.
    private IReadOnlyList<Span>?[]? _found;
    private readonly Dictionary<IReadOnlyList<(string Value, TermSet Terms)>, List<Hit>> _hits = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Span, bool> _negated = [];
    private readonly Dictionary<(Span, bool), Tense> _tenses = [];

    public AnswerText(string questionId, string original, Lexicon lexicon)
    {
        QuestionId = questionId;
        Original = original.Length > MaxLength ? original[..MaxLength] : original;
        Normalized = TextNormalizer.Normalize(Original);
        Lexicon = lexicon;
    }

    public string QuestionId { get; }

    public string Original { get; }

    public string Normalized { get; }

    public Lexicon Lexicon { get; }

    public Span ClauseOf(Span span)
    {
        foreach (var clause in _clauses ??= SplitClauses(Normalized, Lexicon))
        {
            if (clause.Start <= span.Start && span.Start < clause.End)
            {
                return clause;
            }
        }

        return new Span(0, Normalized.Length);
    }

    /// <summary>The sentence around the match: its clauses up to the nearest sentence punctuation either side.</summary>
    public Span SentenceOf(Span span)
    {
        var text = Normalized;
        var start = span.Start;
        while (start > 0 && !IsSentenceEnd(text, start - 1))
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && !IsSentenceEnd(text, end))
        {
            end++;
        }

        return new Span(start, end);
    }

    // A full stop between digits is a decimal point ("2.5年"), not the end of a sentence.
    private static bool IsSentenceEnd(string text, int i) => text[i] switch
    {
        '。' or ';' or '；' or '!' or '！' or '?' or '？' or '\n' or '\r' => true,
        '.' => !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])),
        _ => false,
    };

    /// <summary>Matches of the terms that are not negated.</summary>
    public List<Span> Affirmed(TermSet terms) => Matching(terms, negated: false);

    /// <summary>Matches of the terms that are negated ("不想带团队", "don't want to manage").</summary>
    public List<Span> Negated(TermSet terms) => Matching(terms, negated: true);

    private List<Span> Matching(TermSet terms, bool negated)
    {
        var spans = new List<Span>();
        foreach (var span in Find(terms))
        {
            if (IsNegated(span) == negated)
            {
                spans.Add(span);
            }
        }

        return spans;
    }

    /// <summary>Every match of the terms in the whole answer.</summary>
    public IReadOnlyList<Span> Find(TermSet terms) =>
        (_found ??= new IReadOnlyList<Span>?[Lexicon.TermSetCount])[terms.Index] ??= terms.Find(Normalized);

    /// <summary>Every value's matches, a match dropped when a longer match of another value contains it.</summary>
    public IReadOnlyList<Hit> Hits(IReadOnlyList<(string Value, TermSet Terms)> values)
    {
        if (!_hits.TryGetValue(values, out var hits))
        {
            var all = new List<Hit>();
            foreach (var (value, terms) in values)
            {
                foreach (var span in Merge(Find(terms)))
                {
                    all.Add(new Hit(this, span, value));
                }
            }

            // A hit inside a longer hit of another value is that value's, not this one's.
            _hits[values] = hits = Swallowed.Without(
                all, static (other, hit) => other.Value != hit.Value && other.Span.Contains(hit.Span) && other.Span.Length > hit.Span.Length);
        }

        return hits;
    }

    /// <summary>Overlapping matches of one value become one ("几个功能" + "功能点" → "几个功能点").</summary>
    private static IReadOnlyList<Span> Merge(IReadOnlyList<Span> spans)
    {
        if (spans.Count < 2)
        {
            return spans;
        }

        // Term set matches come by position: then the sort below changes nothing, and without an overlap neither does merging.
        var sorted = true;
        var overlapping = false;
        for (var i = 1; i < spans.Count; i++)
        {
            sorted &= spans[i].Start >= spans[i - 1].Start;
            overlapping |= spans[i - 1].Overlaps(spans[i]);
        }

        return !sorted ? MergeSorted(spans.OrderBy(s => s.Start)) : overlapping ? MergeSorted(spans) : spans;
    }

    private static List<Span> MergeSorted(IEnumerable<Span> spans)
    {
        var merged = new List<Span>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && merged[^1].Overlaps(span))
            {
                merged[^1] = new Span(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    public bool IsNegated(Span span)
    {
        if (!_negated.TryGetValue(span, out var negated))
        {
            _negated[span] = negated = ComputeIsNegated(span);
        }

        return negated;
    }

    private bool ComputeIsNegated(Span span)
    {
        var clause = ClauseOf(span);
        var from = Math.Max(clause.Start, span.Start - Lexicon.NegationWindow);
        // A cue may run into the match ("不走" before "走管理"): it negates as long as it starts before it.
        Span? cue = null;
        foreach (var c in Lexicon.NegationBefore.Find(Normalized, from, Math.Min(clause.End, span.End)))
        {
            if (c.Start < span.Start)
            {
                cue = c;
            }
        }

        if (cue is { } before && !Lexicon.Affirm.Any(Normalized, before.End, span.Start))
        {
            return true;
        }

        return span.End < clause.End && Lexicon.NegationAfter.Any(Normalized, span.End, clause.End);
    }

    /// <summary>The nearest current or future cue before the match in its clause.</summary>
    public Tense TenseOf(Span span, bool learningIsFuture = false)
    {
        if (!_tenses.TryGetValue((span, learningIsFuture), out var tense))
        {
            _tenses[(span, learningIsFuture)] = tense = ComputeTense(span, learningIsFuture);
        }

        return tense;
    }

    private Tense ComputeTense(Span span, bool learningIsFuture)
    {
        var clause = ClauseOf(span);
        var future = Nearest(Lexicon.FutureCues, clause.Start, span);
        if (learningIsFuture)
        {
            var learning = Nearest(Lexicon.LearningCues, clause.Start, span);
            future = Math.Max(future, learning);
        }

        // A role cue ("担任", "as a") names a role, not a time: after an aim ("希望能担任产品负责人") or in an answer about
        // the future (goal, 3-year plan) the role is the aim; only elsewhere, with nothing else said, is it held now.
        var roleIsAim = future >= 0 || QuestionId is Interview.QuestionIds.Goal or Interview.QuestionIds.ThreeYear;
        var current = roleIsAim ? NearestExcept(Lexicon.CurrentCues, Lexicon.RoleCues, clause.Start, span) : Nearest(Lexicon.CurrentCues, clause.Start, span);

        return (current, future) switch
        {
            (< 0, < 0) => Tense.Neutral,
            _ when current > future => Tense.Current,
            _ => Tense.Future,
        };
    }

    /// <summary>Whether any cue of the set comes before the match in its clause.</summary>
    public bool HasBefore(TermSet cues, Span span) => Nearest(cues, ClauseOf(span).Start, span) >= 0;

    /// <summary>Whether a cue of the set comes anywhere before the match in the answer, in earlier clauses too.</summary>
    public bool HasEarlier(TermSet cues, Span span) => AnyApart(cues.Find(Normalized, 0, span.Start), span);

    /// <summary>Whether the nearest cue of <paramref name="cues"/> before the match is one of <paramref name="kind"/>.</summary>
    public bool NearestCueIs(TermSet cues, TermSet kind, Span span)
    {
        var from = ClauseOf(span).Start;
        var nearest = Nearest(cues, from, span);
        return nearest >= 0 && Nearest(kind, from, span) == nearest;
    }

    /// <summary>Whether the match opens its clause (after "I'm", "我是" and the like at most).</summary>
    public bool OpensClause(Span span)
    {
        var clause = ClauseOf(span);
        // An article is no content of its own: "I am, on paper, a Principal PM" opens its clause with the title.
        var before = ArticleAtEnd().Replace(Normalized[clause.Start..span.Start].Trim(), "").Trim();
        return before.Length == 0 || Lexicon.CurrentCues.Find(before).Any(c => c.Start == 0 && c.End == before.Length);
    }

    /// <summary>Whether any cue of the set is anywhere in the match's clause, before or after it.</summary>
    public bool HasInClause(TermSet cues, Span span)
    {
        var clause = ClauseOf(span);
        return AnyApart(cues.Find(Normalized, clause.Start, clause.End), span);
    }

    private static bool AnyApart(IReadOnlyList<Span> cues, Span span)
    {
        foreach (var cue in cues)
        {
            if (!cue.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the answer talks about the present or past anywhere ("做了", "现在", "I've").</summary>
    public bool SpeaksOfExperience => _speaksOfExperience ??= Lexicon.PastCues.Any(Normalized) || Lexicon.CurrentCues.Any(Normalized);

    /// <summary>Whether the match's clause says it is done or held ("做过", "I have", "已经").</summary>
    public bool SaysDone(Span span)
    {
        var clause = ClauseOf(span);
        if (Lexicon.PastCues.Any(Normalized, clause.Start, clause.End))
        {
            return true;
        }

        // "as a Senior PM" names a role, which in an aim is the aim, not the present.
        var roles = Lexicon.RoleCues.Find(Normalized, clause.Start, clause.End);
        return Lexicon.CurrentCues.Find(Normalized, clause.Start, clause.End).Any(c => !roles.Any(r => r.Overlaps(c)));
    }

    /// <summary>The nearest cue of <paramref name="cues"/> before the match that is not also one of <paramref name="except"/>.</summary>
    private int NearestExcept(TermSet cues, TermSet except, int from, Span span)
    {
        var excluded = except.Find(Normalized, from, span.Start);
        var nearest = -1;
        foreach (var cue in cues.Find(Normalized, from, span.Start))
        {
            if (!cue.Overlaps(span) && !excluded.Any(e => e.Overlaps(cue)))
            {
                nearest = Math.Max(nearest, cue.End);
            }
        }

        return nearest;
    }

    private int Nearest(TermSet cues, int from, Span span)
    {
        var nearest = -1;
        foreach (var cue in cues.Find(Normalized, from, span.Start))
        {
            if (!cue.Overlaps(span))
            {
                nearest = Math.Max(nearest, cue.End);
            }
        }

        return nearest;
    }

    private static List<Span> SplitClauses(string text, Lexicon lexicon)
    {
        var breaks = new List<Span>();
        foreach (var m in ClausePunctuation().EnumerateMatches(text))
        {
            breaks.Add(new Span(m.Index, m.Index + m.Length));
        }

        breaks.AddRange(lexicon.ClauseBreaks.Find(text));
        var clauses = new List<Span>();
        var start = 0;
        // Stable: a punctuation mark and a break term at the same position stay in that order.
        foreach (var b in breaks.OrderBy(s => s.Start))
        {
            if (b.Start >= start)
            {
                if (b.Start > start)
                {
                    clauses.Add(new Span(start, b.Start));
                }

                start = b.End;
            }
        }

        if (start < text.Length)
        {
            clauses.Add(new Span(start, text.Length));
        }

        return clauses;
    }

    [GeneratedRegex(@"(?:(?<![a-z])(?:a|an|the)|一个|一名|一位)$")]
    private static partial Regex ArticleAtEnd();

    // Sentence and clause punctuation; a full stop only when it is not a decimal point ("2.5年").
    [GeneratedRegex(@"[，。,;；！!？?\n\r：:]|\.(?!\d)|(?<!\d)\.")]
    private static partial Regex ClausePunctuation();
}
