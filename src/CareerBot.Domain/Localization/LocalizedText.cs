using System.Text.Json.Serialization;

namespace CareerBot.Domain.Localization;

/// <summary>A text in every supported language, as content files write it: <c>{"zh-CN": "…", "en-US": "…"}</c>.</summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText
{
    private readonly Dictionary<string, string> _byTag;

    public LocalizedText(IDictionary<string, string> byTag)
    {
        ArgumentNullException.ThrowIfNull(byTag);
        _byTag = new Dictionary<string, string>(byTag, StringComparer.OrdinalIgnoreCase);
    }

    public LocalizedText(string zhCn, string enUs)
        : this(new Dictionary<string, string> { [Languages.ZhCnTag] = zhCn, [Languages.EnUsTag] = enUs })
    {
    }

    public IReadOnlyDictionary<string, string> ByTag => _byTag;

    public string this[Language language] => Get(language);

    public string Get(Language language) =>
        _byTag.TryGetValue(language.Tag(), out var text) ? text : _byTag.Values.FirstOrDefault() ?? string.Empty;

    /// <summary>True when the text exists in every supported language (content validation uses this).</summary>
    public bool IsComplete => Languages.All.All(l => _byTag.TryGetValue(l.Tag(), out var t) && !string.IsNullOrWhiteSpace(t));

    public override string ToString() => Get(Language.EnUs);
}
