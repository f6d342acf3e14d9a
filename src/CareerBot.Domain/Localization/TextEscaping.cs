using System.Text;

namespace CareerBot.Domain.Localization;

/// <summary>User text is data: escape it before it goes into markdown a client renders.</summary>
public static class TextEscaping
{
    private const string MarkdownSpecials = "\\`*_{}[]()#+-.!|<>~";

    /// <summary>Escapes markdown so a quoted answer renders as the words the user typed, never as links or markup.</summary>
    public static string Markdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (MarkdownSpecials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
