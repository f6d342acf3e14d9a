namespace CareerBot.Application.Identity;

/// <summary>
/// Builds document keys from ids that channels choose ("29:1a…", "a:1Bx…", "19:…@thread.v2"): each part is
/// percent-escaped, so no id can contain the separator and two different identities never share a key.
/// </summary>
internal static class StorageKeys
{
    public static string Join(string kind, params ReadOnlySpan<string?> parts)
    {
        var key = kind;
        foreach (var part in parts)
        {
            key += "/" + (string.IsNullOrEmpty(part) ? string.Empty : Escape(part));
        }

        return key;
    }

    /// <summary>
    /// <see cref="Uri.EscapeDataString(string)"/>, except that a lone surrogate (JSON can carry one: "\ud800") becomes
    /// <c>%uXXXX</c>: EscapeDataString turns every lone surrogate into U+FFFD's bytes, so "a\ud800", "a\udbff" and
    /// "a\ufffd" would share one key. EscapeDataString never writes "%u" (it escapes '%' itself as %25), so the
    /// escaping stays one-to-one, and ids that are valid UTF-16 (every real one) keep the keys they always had.
    /// </summary>
    private static string Escape(string part)
    {
        var lone = -1;
        for (var i = 0; i < part.Length && lone < 0; i++)
        {
            if (char.IsHighSurrogate(part[i]) && i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(part[i]))
            {
                lone = i;
            }
        }

        if (lone < 0)
        {
            return Uri.EscapeDataString(part);
        }

        var escaped = new System.Text.StringBuilder(part.Length * 3);
        var start = 0;
        for (var i = 0; i < part.Length; i++)
        {
            if (char.IsHighSurrogate(part[i]) && i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(part[i]))
            {
                escaped.Append(Uri.EscapeDataString(part[start..i])).Append("%u").Append(((int)part[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                start = i + 1;
            }
        }

        return escaped.Append(Uri.EscapeDataString(part[start..])).ToString();
    }
}
