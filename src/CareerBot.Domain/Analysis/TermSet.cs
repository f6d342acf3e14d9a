using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Domain.Analysis;

/// <summary>A span of normalised text, [Start, End).</summary>
internal readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;
}

/// <summary>
/// One list of lexicon terms compiled to a single regular expression: literals (longest first, word-bounded at Latin
/// letters and digits), "re:" regular expressions, and "!" exclusions whose matches hide the terms inside them.
/// Immutable; <see cref="Regex"/> matching is thread-safe.
/// </summary>
internal sealed class TermSet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private readonly Regex? _include;
    private readonly Regex? _exclude;

    public TermSet(IEnumerable<string> terms, IReadOnlyDictionary<string, string> placeholders)
    {
        var include = new List<string>();
        var exclude = new List<string>();
        foreach (var raw in terms)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var excluded = raw.StartsWith('!');
            var term = excluded ? raw[1..] : raw;
            (excluded ? exclude : include).Add(term);
        }

        _include = Compile(include, placeholders);
        _exclude = Compile(exclude, placeholders);
    }

    /// <summary>Every match in the normalised text, leftmost-longest, minus those inside an exclusion.</summary>
    public List<Span> Find(string normalized, int start = 0, int end = -1)
    {
        var result = new List<Span>();
        if (_include is null)
        {
            return result;
        }

        end = end < 0 ? normalized.Length : end;
        var excluded = _exclude is null ? [] : Matches(_exclude, normalized, start, end);
        foreach (var span in Matches(_include, normalized, start, end))
        {
            if (!excluded.Any(x => x.Overlaps(span) && x.Length >= span.Length))
            {
                result.Add(span);
            }
        }

        return result;
    }

    public bool Any(string normalized, int start = 0, int end = -1) => Find(normalized, start, end).Count > 0;

    // Every match, overlapping ones too ("还没接触过" holds "还没接触" and "没接触过"), except those inside a longer one.
    // The regex sees a margin around the range so that look-arounds work at its edges, and never the whole text:
    // cues are looked for just before a match, and scanning to the end each time would be quadratic.
    private const int Margin = 32;

    private static List<Span> Matches(Regex regex, string text, int start, int end)
    {
        var spans = new List<Span>();
        var from = Math.Max(0, start - Margin);
        var to = Math.Min(text.Length, end + Margin);
        for (var m = regex.Match(text, from, to - from); m.Success && m.Index < end; m = regex.Match(text, m.Index + 1, to - m.Index - 1))
        {
            if (m.Length > 0 && m.Index >= start && m.Index + m.Length <= end)
            {
                spans.Add(new Span(m.Index, m.Index + m.Length));
            }

            if (m.Index + 1 >= to)
            {
                break;
            }
        }

        return spans.Where(s => !spans.Any(o => o.Contains(s) && o.Length > s.Length)).ToList();
    }

    private static Regex? Compile(List<string> terms, IReadOnlyDictionary<string, string> placeholders)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var patterns = terms.Where(t => t.StartsWith("re:", StringComparison.Ordinal))
            .Select(t => "(?i:" + Expand(t[3..], placeholders) + ")")
            .Concat(terms.Where(t => !t.StartsWith("re:", StringComparison.Ordinal))
                .Select(t => TextNormalizer.Normalize(t.Trim()))
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(t => t.Length)
                .Select(Literal));
        try
        {
            // Literals are normalised like the text, so only the organisation's own patterns need to ignore case.
            return new Regex(string.Join("|", patterns.Select(p => $"(?:{p})")), RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"A lexicon term is not a valid regular expression: {e.Message}", e);
        }
    }

    private static string Expand(string pattern, IReadOnlyDictionary<string, string> placeholders)
    {
        foreach (var (key, value) in placeholders)
        {
            pattern = pattern.Replace(key, value, StringComparison.Ordinal);
        }

        return pattern;
    }

    private static string Literal(string term)
    {
        var body = new StringBuilder();
        foreach (var part in term.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (body.Length > 0)
            {
                body.Append(@"\s+");
            }

            body.Append(Regex.Escape(part));
        }

        var pattern = body.ToString();
        if (IsWordChar(term[0]))
        {
            pattern = @"(?<![a-z0-9])" + pattern;
        }

        if (IsWordChar(term[^1]))
        {
            pattern += @"(?![a-z0-9])";
        }

        return pattern;
    }

    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}

/// <summary>Length-preserving normalisation: half-width ASCII, one kind of apostrophe and dash, lower case.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            c = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                '\u2018' or '\u2019' or '\u00B4' => '\'',
                '\u2013' or '\u2014' or '\u2212' or '\u301C' => '-',
                _ => c,
            };
            chars[i] = char.ToLowerInvariant(c);
        }

        return new string(chars);
    }
}
