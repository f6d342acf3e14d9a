using System.Globalization;
using System.Text;

namespace CareerBot.Domain.Cards;

/// <summary>
/// Makes user-supplied text safe for a TextBlock, whose text clients read as a markdown subset (emphasis, links,
/// lists, headings in some hosts). Escaped text renders literally: it cannot add links, formatting or lists.
/// </summary>
public static class MarkdownText
{
    /// <summary>A quote longer than this is shortened with an ellipsis (cards have a size limit).</summary>
    public const int DefaultMaxQuoteLength = 160;

    // CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that start markdown (or HTML)
    // constructs in Adaptive Cards hosts: emphasis, code, links, images, autolinks/HTML, strikethrough, tables.
    private const string Special = "\\`*_{}[]()<>#!|~&";

    /// <summary>
    /// Escapes markdown in <paramref name="text"/>: special characters are backslash-escaped, line-start list and
    /// heading markers ("- ", "+ ", "1. ", "&gt; ") are neutralised, "://" is broken so bare URLs are not linked, and
    /// control characters are dropped. Line breaks are kept.
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
        return Escape(Truncate(collapsed, maxLength));
    }

    /// <summary>Shortens to at most <paramref name="maxLength"/> text elements (never splitting an emoji), adding "…".</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var info = new StringInfo(text);
        return info.LengthInTextElements <= maxLength ? text : info.SubstringByTextElements(0, maxLength - 1).TrimEnd() + "…";
    }

    private static void EscapeLine(string line, StringBuilder builder)
    {
        var trimmed = line.TrimStart();
        var indent = line.Length - trimmed.Length;

        // A list marker, thematic break ("---") or setext underline at the start of a line: escape it so it stays text.
        if (trimmed.Length >= 1 && trimmed[0] is '-' or '+' or '=')
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

            if (digits > 0 && digits + 1 < trimmed.Length && trimmed[digits] is '.' or ')' && char.IsWhiteSpace(trimmed[digits + 1]))
            {
                builder.Append(line, 0, indent).Append(trimmed, 0, digits).Append('\\').Append(trimmed[digits]);
                line = trimmed[(digits + 1)..];
            }
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsControl(c) && c != '\t')
            {
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }
            else if (c == ':' && i + 2 < line.Length && line[i + 1] == '/' && line[i + 2] == '/')
            {
                // "https://…" would be linked by hosts that autolink: escape the colon so the scheme is broken.
                builder.Append('\\');
            }
            else if (c == '.' && i >= 3 && line.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase))
            {
                // "www.example.com" is autolinked the same way.
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }
}
