namespace CareerBot.Domain.Localization;

/// <summary>Every user-facing UI string, by key, in every language (content/strings.json).</summary>
public sealed class StringTable
{
    private readonly IReadOnlyDictionary<string, LocalizedText> _strings;

    public StringTable(IReadOnlyDictionary<string, LocalizedText> strings) => _strings = strings;

    public IEnumerable<string> Keys => _strings.Keys;

    public string Get(string key, Language language) =>
        _strings.TryGetValue(key, out var text)
            ? text[language]
            : throw new KeyNotFoundException($"No UI string '{key}' in content/strings.json.");

    /// <summary>Gets a string and fills its {name} placeholders.</summary>
    public string Format(string key, Language language, params (string Name, object Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = Get(key, language);
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    public LocalizedText? Find(string key) => _strings.GetValueOrDefault(key);
}
