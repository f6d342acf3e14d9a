using System.Buffers;
using System.Collections.Frozen;
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
/// One list of lexicon terms compiled for matching: literals into a trie (longest match at each position, word-bounded
/// at Latin letters and digits, a space matching any run of whitespace), "re:" regular expressions into one
/// <see cref="Regex"/>, and "!" exclusions, compiled the same way, whose matches hide the terms inside them.
/// Literals are most of every list; a trie walks them in time proportional to the text, where one alternation of
/// hundreds of literals behind look-behinds costs the regex interpreter every alternative at every position.
/// Immutable and thread-safe.
/// </summary>
internal sealed class TermSet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private readonly Matcher _include;
    private readonly Matcher _exclude;

    public TermSet(IEnumerable<string> terms, IReadOnlyDictionary<string, string> placeholders, int index)
    {
        Index = index;
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

        _include = new Matcher(include, placeholders);
        _exclude = new Matcher(exclude, placeholders);
    }

    /// <summary>Its number in its lexicon, so that an answer can keep its matches per set in an array.</summary>
    public int Index { get; }

    /// <summary>
    /// Every match in the normalised text, leftmost-longest, minus those inside an exclusion; by position. Read-only:
    /// most calls find nothing, and they all share one empty list.
    /// </summary>
    public IReadOnlyList<Span> Find(string normalized, int start = 0, int end = -1)
    {
        if (_include.IsEmpty)
        {
            return [];
        }

        end = end < 0 ? normalized.Length : end;
        if (_include.Matches(normalized, start, end) is not { } included)
        {
            return [];
        }

        if (_exclude.IsEmpty || _exclude.Matches(normalized, start, end) is not { } excluded)
        {
            return included;
        }

        var result = new List<Span>(included.Count);
        foreach (var span in included)
        {
            if (!HidesAny(excluded, span))
            {
                result.Add(span);
            }
        }

        return result;
    }

    private static bool HidesAny(List<Span> exclusions, Span span)
    {
        foreach (var exclusion in exclusions)
        {
            if (exclusion.Overlaps(span) && exclusion.Length >= span.Length)
            {
                return true;
            }
        }

        return false;
    }

    public bool Any(string normalized, int start = 0, int end = -1) => Find(normalized, start, end).Count > 0;

    /// <summary>The literals (a trie) and the regular expressions of one side of a term list.</summary>
    private sealed class Matcher
    {
        // The regex sees a margin around the range so that look-arounds work at its edges, and never the whole text:
        // cues are looked for just before a match, and scanning to the end each time would be quadratic.
        private const int Margin = 32;

        private readonly Node _root = new();
        private readonly TieredRegex[] _regexes;

        // Per pattern, strings one of which any match contains (RequiredText), or null: a range without them is skipped.
        private readonly SearchValues<string>[]?[] _required;

        // The characters a literal can start with: matching jumps from one to the next (a vectorised search) instead
        // of walking the trie from every position of the text, where most positions start no term at all.
        private readonly SearchValues<char>? _starts;

        public Matcher(List<string> terms, IReadOnlyDictionary<string, string> placeholders)
        {
            foreach (var term in terms.Where(t => !t.StartsWith("re:", StringComparison.Ordinal)))
            {
                var words = TextNormalizer.Normalize(term.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0)
                {
                    _root.Add(string.Join(' ', words));
                }
            }

            // One regex per pattern, not one alternation: each then gets its own fast search for where it can start.
            // Literals are normalised like the text, so only the organisation's own patterns need to ignore case.
            try
            {
                _regexes = terms.Where(t => t.StartsWith("re:", StringComparison.Ordinal))
                    .Select(t => Expand(t[3..], placeholders))
                    .Select(p => new TieredRegex(p, RegexOptions.CultureInvariant | (HasUpperCaseLetter(p) ? RegexOptions.IgnoreCase : RegexOptions.None), Timeout))
                    .ToArray();
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"A lexicon term is not a valid regular expression: {e.Message}", e);
            }

            _required = [.. _regexes.Select(r => RequiredText.For(r.Pattern, r.Options))];

            IsEmpty = _regexes.Length == 0 && !_root.HasChildren;
            _starts = _root.HasChildren ? SearchValues.Create([.. _root.Keys]) : null;
            _root.Freeze();
        }

        public bool IsEmpty { get; }

        // Every match, overlapping ones too ("还没接触过" holds "还没接触" and "没接触过"), except those inside a longer
        // one. At each position: a pattern's match, else the longest literal. Null when there is none.
        public List<Span>? Matches(string text, int start, int end)
        {
            List<Span>? spans = null;
            var patterns = _regexes.Length == 0 ? null : Patterns(text, start, end);
            var next = 0;
            for (var i = Math.Max(0, start); i < end; i++)
            {
                if (patterns is not null && next < patterns.Count && patterns[next].Start == i)
                {
                    (spans ??= []).Add(patterns[next++]);
                    continue;
                }

                // On to the next position where a literal can start, but not past the next pattern's match.
                var limit = patterns is not null && next < patterns.Count ? patterns[next].Start : end;
                var skip = _starts is null ? -1 : text.AsSpan(i, limit - i).IndexOfAny(_starts);
                if (skip < 0)
                {
                    i = limit - 1;
                    continue;
                }

                i += skip;
                if (Longest(text, i, end) is var length and > 0)
                {
                    (spans ??= []).Add(new Span(i, i + length));
                }
            }

            return spans is null ? null : Swallowed.Without(spans, static (other, span) => other.Contains(span) && other.Length > span.Length);
        }

        /// <summary>The longest literal starting at <paramref name="i"/> and ending by <paramref name="end"/>; 0 when none.</summary>
        private int Longest(string text, int i, int end)
        {
            if (!_root.HasChildren || (i > 0 && IsWordChar(text[i - 1]) && IsWordChar(text[i])))
            {
                return 0;
            }

            var node = _root;
            var longest = 0;
            var j = i;
            while (j < end && (text[j] == ' ' || char.IsWhiteSpace(text[j])) is var space && node.Next(space ? ' ' : text[j]) is { } child)
            {
                j = space ? SkipSpace(text, j, end) : j + 1;
                node = child;
                if (node.Terminal && !(IsWordChar(text[j - 1]) && j < text.Length && IsWordChar(text[j])))
                {
                    longest = j - i;
                }
            }

            return longest;
        }

        private static int SkipSpace(string text, int j, int end)
        {
            while (j < end && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            return j;
        }

        /// <summary>The patterns' matches starting in the range, by position (at each, the first pattern's); null when none.</summary>
        private List<Span>? Patterns(string text, int start, int end)
        {
            // Most calls find nothing: then nothing is allocated but the regex's own match.
            List<Span>? found = null;
            var from = Math.Max(0, start - Margin);
            var to = Math.Min(text.Length, end + Margin);
            // Only matches inside the range are kept, and a match contains what its pattern requires: a pattern whose
            // required strings are not in the range cannot add a match, so it is not run (the margin only serves
            // look-arounds, which consume nothing).
            var first = Math.Clamp(start, 0, text.Length);
            var range = text.AsSpan(first, Math.Max(0, Math.Min(end, text.Length) - first));
            for (var p = 0; p < _regexes.Length; p++)
            {
                if (_required[p] is { } required && !RequiredText.AnyIn(range, required))
                {
                    continue;
                }

                var regex = _regexes[p].Current;
                for (var m = regex.Match(text, from, to - from); m.Success && m.Index < end; m = regex.Match(text, m.Index + 1, to - m.Index - 1))
                {
                    var index = m.Index;
                    if (m.Length > 0 && index >= start && index + m.Length <= end && (found is null || !StartsAt(found, index)))
                    {
                        (found ??= []).Add(new Span(index, index + m.Length));
                    }

                    if (index + 1 >= to)
                    {
                        break;
                    }
                }
            }

            found?.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            return found;
        }

        private static bool StartsAt(List<Span> spans, int index)
        {
            foreach (var span in spans)
            {
                if (span.Start == index)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// A trie node; a space edge stands for any run of whitespace. Built with a dictionary, then frozen: below the root
    /// most nodes have one to a few children, which a scan of a short array finds faster than hashing does.
    /// </summary>
    private sealed class Node
    {
        private const int ScannedChildren = 8;

        private Dictionary<char, Node>? _building;
        private char[] _keys = [];
        private Node[] _children = [];
        private FrozenDictionary<char, Node>? _many;

        public bool HasChildren => _keys.Length > 0 || _building is not null;

        public IEnumerable<char> Keys => _building?.Keys ?? (IEnumerable<char>)_keys;

        public bool Terminal { get; private set; }

        public void Add(string term)
        {
            var node = this;
            foreach (var c in term)
            {
                node._building ??= [];
                if (!node._building.TryGetValue(c, out var child))
                {
                    node._building[c] = child = new Node();
                }

                node = child;
            }

            node.Terminal = true;
        }

        /// <summary>Ends building: the children move to arrays (and, past a few, a frozen dictionary).</summary>
        public void Freeze()
        {
            if (_building is null)
            {
                return;
            }

            _keys = [.. _building.Keys];
            _children = [.. _building.Values];
            _many = _keys.Length > ScannedChildren ? _building.ToFrozenDictionary() : null;
            _building = null;
            foreach (var child in _children)
            {
                child.Freeze();
            }
        }

        /// <summary>The child for a character of the text (whitespace as ' '); null when none.</summary>
        public Node? Next(char c)
        {
            if (_many is not null)
            {
                return _many.TryGetValue(c, out var child) ? child : null;
            }

            var keys = _keys;
            for (var k = 0; k < keys.Length; k++)
            {
                if (keys[k] == c)
                {
                    return _children[k];
                }
            }

            return null;
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

    /// <summary>
    /// Whether a pattern spells a letter in upper case (not an escape such as \S or \P{L}): only then must it ignore case,
    /// the text being lower-cased already. Case-insensitive matching is markedly slower in the regex interpreter.
    /// </summary>
    private static bool HasUpperCaseLetter(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
                if (i < pattern.Length && pattern[i] is 'p' or 'P' && i + 1 < pattern.Length && pattern[i + 1] == '{')
                {
                    i = pattern.IndexOf('}', i) is var close and >= 0 ? close : pattern.Length;
                }
            }
            else if (char.IsUpper(pattern[i]))
            {
                return true;
            }
        }

        return false;
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
