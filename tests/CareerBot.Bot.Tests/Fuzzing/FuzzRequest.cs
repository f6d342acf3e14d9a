namespace CareerBot.Bot.Tests.Fuzzing;

/// <summary>Whose credentials a fuzzed request presents; resolved when it is sent, since tokens are minted at run time.</summary>
internal enum FuzzCredential
{
    /// <summary>The <see cref="FuzzRequest.Authorization"/> header as written (or none).</summary>
    AsWritten,

    /// <summary>The token of the Direct Line conversation the request is about.</summary>
    OwnToken,

    /// <summary>The token of another Direct Line conversation.</summary>
    OtherToken,

    /// <summary>The host's Direct Line secret.</summary>
    Secret,
}

/// <summary>
/// One generated request: what to send, and a short account of how it was made (printed with its number when it fails).
/// A path may hold <c>{conversation}</c>, replaced by the id of Direct Line conversation <see cref="Slot"/>.
/// </summary>
internal sealed record FuzzRequest(
    int Number,
    string Endpoint,
    HttpMethod Method,
    string Path,
    string? ContentType,
    FuzzCredential Credential,
    string? Authorization,
    byte[]? Body,
    int Slot,
    string Mutations)
{
    public const string ConversationPlaceholder = "{conversation}";

    /// <summary>The start of the body as text, for a failure message (control characters shown as escapes).</summary>
    public string Preview(int length = 300)
    {
        if (Body is null)
        {
            return "(no body)";
        }

        var text = System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, length));
        var shown = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            shown.Append(char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return Body.Length > length ? $"{shown}… ({Body.Length} bytes)" : shown.ToString();
    }
}
