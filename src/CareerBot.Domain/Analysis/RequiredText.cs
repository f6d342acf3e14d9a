using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Domain.Analysis;

/// <summary>
/// Strings one of which every match of a regular expression contains, read from the pattern once so that a pattern is
/// not run over a range that holds none of them. Most lexicon patterns start with a look-behind or a number, for which
/// the regex engine has no fast search for a starting position: it tries the whole pattern at every position, when a
/// literal further on ("reports", "团队", "lead|manage|have") shows at a glance that nothing can match.
/// <para>Sound by construction: the reader understands a conservative subset of .NET syntax and gives no strings (the
/// pattern is always run) for anything else: case-insensitive or free-spacing patterns, inline options,
/// back-references, atomic groups, conditionals, class subtraction, unknown escapes. Look-arounds consume nothing, so
/// nothing they hold is required; only characters a match consumes are.</para>
/// </summary>
internal static class RequiredText
{
    // Bounds on the strings tracked per piece of a pattern, so that nested optional parts cannot blow up: past them a
    // piece is just "not exact", which only makes the filter weaker, never wrong.
    private const int MaxStrings = 64;
    private const int MaxClassSize = 16;

    /// <summary>
    /// Searchers for the strings every match contains, one per string; null when the pattern must always be run.
    /// One searcher per string, not one for all: in an answer of a few dozen characters a multi-string searcher (Teddy,
    /// Aho-Corasick) cost 0.5-0.8 µs per check, a single-string one a few dozen nanoseconds.
    /// </summary>
    public static SearchValues<string>[]? For(string pattern, RegexOptions options) =>
        Of(pattern, options)?.Select(s => SearchValues.Create([s], StringComparison.Ordinal)).ToArray();

    /// <summary>Whether the text holds one of the strings <see cref="For"/> gave.</summary>
    public static bool AnyIn(ReadOnlySpan<char> text, SearchValues<string>[] required)
    {
        foreach (var strings in required)
        {
            if (text.ContainsAny(strings))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strings one of which every match contains; null when none are known.</summary>
    public static string[]? Of(string pattern, RegexOptions options)
    {
        if ((options & ~(RegexOptions.CultureInvariant | RegexOptions.Compiled)) != 0)
        {
            // Ignoring case brings in equivalences beyond upper and lower case (the Kelvin sign is a "k"); free spacing
            // changes what a space means. Neither is worth modelling here.
            return null;
        }

        var reader = new Reader(pattern);
        var piece = reader.ReadAlternation();
        return reader.Failed || !reader.AtEnd ? null : Required(piece);
    }

    /// <summary>What is known of a part of a pattern: the exact strings it matches, and strings one of which it contains.</summary>
    /// <param name="Exact">Every string the part can match, when they are few and known; null otherwise.</param>
    /// <param name="Contains">Strings one of which every match of the part contains; null when none are known.</param>
    private readonly record struct Piece(HashSet<string>? Exact, HashSet<string>? Contains)
    {
        public static Piece Unknown => new(null, null);

        public static Piece Empty => new([""], null);

        public static Piece Of(IEnumerable<string> exact) => new([.. exact], null);
    }

    private static string[]? Required(Piece piece)
    {
        var strings = piece.Exact ?? piece.Contains;
        if (strings is null || strings.Count == 0 || strings.Contains(""))
        {
            return null;
        }

        // A string that contains another of the set adds nothing: finding the shorter one is already necessary.
        return strings.Where(s => !strings.Any(o => o.Length < s.Length && s.Contains(o, StringComparison.Ordinal))).ToArray();
    }

    /// <summary>How good a set of required strings is as a filter: longer strings are rarer, fewer are cheaper to look for.</summary>
    private static (int Shortest, int Fewer) Score(string[] strings) => (strings.Min(s => s.Length), -strings.Length);

    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool Failed { get; private set; }

        public bool AtEnd => _at >= pattern.Length;

        /// <summary>Branches separated by '|', up to the end or a closing parenthesis (left unread).</summary>
        public Piece ReadAlternation()
        {
            var branches = new List<Piece> { ReadSequence() };
            while (!Failed && !AtEnd && pattern[_at] == '|')
            {
                _at++;
                branches.Add(ReadSequence());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            HashSet<string>? exact = [];
            HashSet<string>? contains = [];
            foreach (var branch in branches)
            {
                exact = branch.Exact is null || exact is null ? null : [.. exact, .. branch.Exact];
                contains = Required(branch) is { } required && contains is not null ? [.. contains, .. required] : null;
            }

            return new Piece(exact is { Count: <= MaxStrings } ? exact : null, contains);
        }

        /// <summary>
        /// Quantified atoms one after another: runs of exact atoms join into exact strings ("re" "port" "s"), and the
        /// best of those runs and of the other atoms' required strings is what the whole sequence requires.
        /// </summary>
        private Piece ReadSequence()
        {
            HashSet<string> run = [""];
            var exact = true;
            string[]? best = null;
            void Consider(string[]? candidate)
            {
                if (candidate is not null && (best is null || Score(candidate).CompareTo(Score(best)) > 0))
                {
                    best = candidate;
                }
            }

            while (!Failed && !AtEnd && pattern[_at] is not ('|' or ')'))
            {
                var piece = ReadQuantified();
                if (piece.Exact is { } strings && run.Count * strings.Count <= MaxStrings)
                {
                    run = [.. run.SelectMany(r => strings.Select(s => r + s))];
                    continue;
                }

                exact = false;
                Consider(Required(new Piece(run, null)));
                run = [""];
                Consider(Required(piece));
            }

            Consider(Required(new Piece(run, null)));
            return exact ? new Piece(run, null) : new Piece(null, best is null ? null : [.. best]);
        }

        private Piece ReadQuantified()
        {
            var atom = ReadAtom();
            if (Failed || AtEnd)
            {
                return atom;
            }

            int min;
            int max;
            switch (pattern[_at])
            {
                case '*':
                    (min, max) = (0, int.MaxValue);
                    _at++;
                    break;
                case '+':
                    (min, max) = (1, int.MaxValue);
                    _at++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    _at++;
                    break;
                case '{':
                    if (!TryReadBraces(out min, out max))
                    {
                        Failed = true;
                        return Piece.Unknown;
                    }

                    break;
                default:
                    return atom;
            }

            if (!AtEnd && pattern[_at] == '?')
            {
                _at++; // lazy: matches the same strings
            }

            if (!AtEnd && pattern[_at] is '*' or '+' or '?' or '{')
            {
                Failed = true; // a quantifier on a quantifier is an error in .NET; not worth reasoning about
                return Piece.Unknown;
            }

            if (min == 0)
            {
                return max == 1 && atom.Exact is { } optional ? new Piece([.. optional, ""], null) : Piece.Unknown;
            }

            if (min == max && atom.Exact is { } repeated && Math.Pow(repeated.Count, min) <= MaxStrings)
            {
                HashSet<string> strings = [""];
                for (var i = 0; i < min; i++)
                {
                    strings = [.. strings.SelectMany(s => repeated.Select(r => s + r))];
                }

                return new Piece(strings, null);
            }

            // At least once: whatever one occurrence requires, the whole does.
            return new Piece(null, Required(atom) is { } required ? [.. required] : null);
        }

        // {n}, {n,} or {n,m}; anything else after '{' is a literal brace in .NET, which this reader does not accept.
        private bool TryReadBraces(out int min, out int max)
        {
            min = max = 0;
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return false;
            }

            var parts = pattern[(_at + 1)..close].Split(',');
            if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out min))
            {
                return false;
            }

            if (parts.Length == 1)
            {
                max = min;
            }
            else if (parts[1].Length == 0)
            {
                max = int.MaxValue;
            }
            else if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out max) || max < min)
            {
                return false;
            }

            _at = close + 1;
            return true;
        }

        private Piece ReadAtom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return ReadGroup();
                case '[':
                    return ReadClass();
                case '.':
                    return Piece.Unknown;
                case '^' or '$':
                    return Piece.Empty;
                case '\\':
                    return ReadEscape();
                case '*' or '+' or '?' or '{' or '}' or ')' or '|':
                    Failed = true;
                    return Piece.Unknown;
                default:
                    return Piece.Of([c.ToString()]);
            }
        }

        private Piece ReadGroup()
        {
            var lookaround = false;
            if (!AtEnd && pattern[_at] == '?')
            {
                var rest = pattern.AsSpan(_at + 1);
                if (rest.StartsWith(":"))
                {
                    _at += 2;
                }
                else if (rest.StartsWith("=") || rest.StartsWith("!"))
                {
                    _at += 2;
                    lookaround = true;
                }
                else if (rest.StartsWith("<=") || rest.StartsWith("<!"))
                {
                    _at += 3;
                    lookaround = true;
                }
                else if (rest.StartsWith("<") && rest.IndexOf('>') is > 1 and var close && IsName(rest[1..close]))
                {
                    _at += close + 2;
                }
                else
                {
                    Failed = true; // inline options, atomic groups, conditionals, balancing groups, comments
                    return Piece.Unknown;
                }
            }

            var inner = ReadAlternation();
            if (Failed || AtEnd || pattern[_at] != ')')
            {
                Failed = true;
                return Piece.Unknown;
            }

            _at++;
            // A look-around consumes nothing: it only asserts, so the match's text around it stays contiguous.
            return lookaround ? Piece.Empty : inner;
        }

        private static bool IsName(ReadOnlySpan<char> name)
        {
            foreach (var c in name)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        private Piece ReadEscape()
        {
            if (AtEnd)
            {
                Failed = true;
                return Piece.Unknown;
            }

            var c = pattern[_at++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'G' or 'z' or 'Z':
                    return Piece.Empty;
                case 'w' or 'W' or 's' or 'S' or 'd' or 'D':
                    return Piece.Unknown;
                case 'p' or 'P':
                    var close = pattern.IndexOf('}', _at);
                    if (AtEnd || pattern[_at] != '{' || close < 0)
                    {
                        Failed = true;
                        return Piece.Unknown;
                    }

                    _at = close + 1;
                    return Piece.Unknown;
                default:
                    _at--;
                    return ReadEscapedChar() is { } literal ? Piece.Of([literal.ToString()]) : Piece.Unknown;
            }
        }

        /// <summary>The character an escape stands for (the backslash read already); null, and failed, when unsupported.</summary>
        private char? ReadEscapedChar()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                case 'v':
                    return '\v';
                case 'e':
                    return '\u001B';
                case 'a':
                    return '\u0007';
                case 'u' or 'x':
                    var digits = c == 'u' ? 4 : 2;
                    if (_at + digits <= pattern.Length
                        && ushort.TryParse(pattern.AsSpan(_at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        _at += digits;
                        return (char)code;
                    }

                    break;
                default:
                    // Any other escaped character that is not a letter or digit stands for itself ("\.", "\ ", "\-").
                    if (!char.IsLetterOrDigit(c) && c != '_')
                    {
                        return c;
                    }

                    break;
            }

            Failed = true; // back-references, \k, \c, octal and unknown escapes
            return null;
        }

        /// <summary>A character class: exact when it lists a few characters, else no help.</summary>
        private Piece ReadClass()
        {
            var chars = new HashSet<char>();
            var negated = !AtEnd && pattern[_at] == '^';
            if (negated)
            {
                _at++;
            }

            var known = !negated;
            if (!AtEnd && pattern[_at] == ']')
            {
                Failed = true; // a leading ']' is a literal in .NET; not accepted here
                return Piece.Unknown;
            }

            while (!Failed && !AtEnd && pattern[_at] != ']')
            {
                if (pattern[_at] == '[' || (pattern[_at] == '-' && _at + 1 < pattern.Length && pattern[_at + 1] == '['))
                {
                    Failed = true; // subtraction, or a '[' whose meaning depends on what follows
                    return Piece.Unknown;
                }

                if (ReadClassChar() is not { } first)
                {
                    known = false; // a category such as \s, \d or \p{L}
                    continue;
                }

                if (_at + 1 < pattern.Length && pattern[_at] == '-' && pattern[_at + 1] != ']')
                {
                    _at++;
                    if (ReadClassChar() is not { } last || last < first)
                    {
                        Failed = true;
                        return Piece.Unknown;
                    }

                    if (last - first >= MaxClassSize)
                    {
                        known = false;
                        continue;
                    }

                    for (var r = first; r <= last; r++)
                    {
                        chars.Add(r);
                    }
                }
                else
                {
                    chars.Add(first);
                }
            }

            if (Failed || AtEnd)
            {
                Failed = true;
                return Piece.Unknown;
            }

            _at++;
            return known && chars.Count <= MaxClassSize ? Piece.Of(chars.Select(ch => ch.ToString())) : Piece.Unknown;
        }

        /// <summary>One character of a class; null (not failed) for a category escape, which stands for many.</summary>
        private char? ReadClassChar()
        {
            var c = pattern[_at++];
            if (c != '\\')
            {
                return c;
            }

            if (AtEnd)
            {
                Failed = true;
                return null;
            }

            switch (pattern[_at])
            {
                case 'w' or 'W' or 's' or 'S' or 'd' or 'D':
                    _at++;
                    return null;
                case 'p' or 'P':
                    var close = pattern.IndexOf('}', _at);
                    if (close < 0)
                    {
                        Failed = true;
                        return null;
                    }

                    _at = close + 1;
                    return null;
                case 'b':
                    Failed = true; // a backspace inside a class; not worth the special case
                    return null;
                default:
                    return ReadEscapedChar();
            }
        }
    }
}
