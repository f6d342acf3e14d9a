using System.Text;
using CareerBot.Domain.Views;

namespace CareerBot.Bot.Rendering.AdaptiveCards;

/// <summary>
/// Makes user-supplied text safe for a TextBlock, whose text clients read as a markdown subset (bold, italic, lists,
/// links). Escaped text renders literally: it cannot add links, formatting or lists.
/// </summary>
/// <remarks>
/// Escaping is kept to what the Adaptive Cards markdown subset (and markdown-it, which web hosts plug in) actually
/// interprets, because some Teams clients have shown backslash escapes literally: every backslash is a visible
/// cost there. Bare URLs are broken with an invisible zero-width space instead of a backslash for the same reason.
/// </remarks>
public static class MarkdownText
{
    /// <summary>A quote longer than this is shortened with an ellipsis (cards have a size limit).</summary>
    public const int DefaultMaxQuoteLength = 160;

    /// <summary>Breaks an autolink ("https:/​/", "www.​") without a visible character.</summary>
    public const char LinkBreaker = '\u200B';

    // Emphasis (* _ ~), code (`), links and images ([ ]), autolinks and HTML (< >), and the escape itself.
    private const string Special = "\\*_~`[]<>";

    /// <summary>
    /// Escapes markdown in <paramref name="text"/>: emphasis, code, link and HTML characters are backslash-escaped,
    /// line-start list, heading and quote markers ("- ", "1. ", "# ", "&gt; ") are neutralised, bare URLs are broken
    /// so they are not linked, and control and bidirectional-override characters are dropped. Lines are kept.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append("\n\n");
            }

            EscapeLine(lines[i], builder);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A user's words as a one-line quote: whitespace (including line breaks) collapsed, shortened to
    /// <paramref name="maxLength"/> text elements with "…", then escaped.
    /// </summary>
    public static string Quote(string text, int maxLength = DefaultMaxQuoteLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Escape(TextElements.Truncate(collapsed, maxLength));
    }

    private static void EscapeLine(string line, StringBuilder builder)
    {
        var trimmed = line.TrimStart();
        var indent = line.Length - trimmed.Length;

        // A list marker, heading, block quote, thematic break ("---") or setext underline at the start of a line.
        if (trimmed.Length >= 1 && IsBlockMarker(trimmed))
        {
            builder.Append(line, 0, indent).Append('\\').Append(trimmed[0]);
            line = trimmed[1..];
        }
        else
        {
            var digits = 0;
            while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits < trimmed.Length && trimmed[digits] is '.' or ')' && EndsMarker(trimmed, digits + 1))
            {
                builder.Append(line, 0, indent).Append(trimmed, 0, digits).Append('\\').Append(trimmed[digits]);
                line = trimmed[(digits + 1)..];
            }
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if ((char.IsControl(c) && c != '\t') || IsBidiControl(c))
            {
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\').Append(c);
            }
            else if (c == ':' && i + 2 < line.Length && line[i + 1] == '/' && line[i + 2] == '/')
            {
                builder.Append(c).Append(LinkBreaker);
            }
            else if (c == '.' && i >= 3 && line.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase))
            {
                builder.Append(LinkBreaker).Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>
    /// A line that markdown reads as a block: "- item", "+ item", "# heading", "&gt; quote", "---", "===". Text
    /// such as "-5%" or "#1 priority" is not, and stays as it is.
    /// </summary>
    private static bool IsBlockMarker(string trimmed)
    {
        var c = trimmed[0];
        if (c == '>')
        {
            return true;
        }

        if (c is '-' or '=' && trimmed.All(x => x == c || x == ' ' || x == '\t'))
        {
            return true;
        }

        if (c == '#')
        {
            var hashes = 0;
            while (hashes < trimmed.Length && trimmed[hashes] == '#')
            {
                hashes++;
            }

            return EndsMarker(trimmed, hashes);
        }

        return c is '-' or '+' && EndsMarker(trimmed, 1);
    }

    /// <summary>A block marker ends the line or is followed by white space.</summary>
    private static bool EndsMarker(string text, int index) => index >= text.Length || char.IsWhiteSpace(text[index]);

    /// <summary>Embedding, override and isolate controls: they can make a quote display reversed or out of order.</summary>
    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
