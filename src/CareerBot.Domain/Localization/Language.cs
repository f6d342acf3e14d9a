namespace CareerBot.Domain.Localization;

/// <summary>The languages every user-facing string exists in.</summary>
public enum Language
{
    ZhCn,
    EnUs,
}

public static class Languages
{
    public const string ZhCnTag = "zh-CN";
    public const string EnUsTag = "en-US";

    public static IReadOnlyList<Language> All { get; } = [Language.ZhCn, Language.EnUs];

    public static string Tag(this Language language) => language == Language.ZhCn ? ZhCnTag : EnUsTag;

    /// <summary>Maps a BCP-47 locale ("zh-CN", "zh-Hans", "en-GB", …) to a supported language, if it is one.</summary>
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        if (locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return Language.ZhCn;
        }

        return locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.EnUs : null;
    }

    /// <summary>Guesses the language of free text: any Han character means Chinese.</summary>
    public static Language Detect(string? text)
    {
        if (text is not null)
        {
            foreach (var c in text)
            {
                if (c is >= '\u4e00' and <= '\u9fff')
                {
                    return Language.ZhCn;
                }
            }
        }

        return Language.EnUs;
    }
}
