using System.Text.RegularExpressions;

namespace CareerBot.Domain.Tests.Views;

/// <summary>Markdown a channel would read as formatting: emphasis, code, links, or a line that starts a list, heading or quote.</summary>
internal static partial class MarkupDetector
{
    public static bool HasMarkup(string text) => Markup().IsMatch(text);

    [GeneratedRegex(@"\*\*|__|`|\]\(|^\s*([-*+]\s|#{1,6}\s|>|\d+[.)]\s)", RegexOptions.Multiline)]
    private static partial Regex Markup();
}
