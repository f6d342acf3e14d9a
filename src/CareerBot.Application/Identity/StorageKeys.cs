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
            key += "/" + (string.IsNullOrEmpty(part) ? string.Empty : Uri.EscapeDataString(part));
        }

        return key;
    }
}
