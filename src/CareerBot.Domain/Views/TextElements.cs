using System.Globalization;

namespace CareerBot.Domain.Views;

/// <summary>Text measured as the reader sees it: in text elements, so an emoji or a combined character stays whole.</summary>
public static class TextElements
{
    /// <summary>Shortens to at most <paramref name="maxLength"/> text elements (never splitting an emoji), adding "…".</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var info = new StringInfo(text);
        return info.LengthInTextElements <= maxLength ? text : info.SubstringByTextElements(0, maxLength - 1).TrimEnd() + "…";
    }
}
