namespace CareerBot.Application.Documents;

/// <summary>
/// One document as a turn holds it: the value read (or a new one), the ETag it was read with, and where it came from,
/// so the turn writes it back only if it changed, only if nobody else wrote it meanwhile, and moves a legacy row once.
/// </summary>
internal sealed class DocumentSlot<T>
    where T : class
{
    private readonly string _key;
    private readonly StoredDocument? _stored;
    private readonly string? _legacyKey;
    private readonly DocumentFormat<T> _format;

    private DocumentSlot(string key, T value, StoredDocument? stored, string? legacyKey, DocumentFormat<T> format)
    {
        _key = key;
        Value = value;
        _stored = stored;
        _legacyKey = legacyKey;
        _format = format;
    }

    public T Value { get; }

    /// <summary>
    /// Reads the document under <paramref name="key"/>, or, when there is none, the legacy row under
    /// <paramref name="legacyKey"/> (both in one read), or starts a new one.
    /// </summary>
    public static async Task<DocumentSlot<T>> LoadAsync(
        IDocumentStore store,
        string key,
        string? legacyKey,
        DocumentFormat<T> format,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(format);
        var found = await store.ReadAsync(legacyKey is null ? [key] : [key, legacyKey], cancellationToken).ConfigureAwait(false);
        if (found.TryGetValue(key, out var stored))
        {
            return new(key, format.Read(stored.Json), stored, null, format);
        }

        if (legacyKey is not null && found.TryGetValue(legacyKey, out var legacy) && format.ReadLegacy(legacy.Json) is { } migrated)
        {
            return new(key, migrated, null, legacyKey, format);
        }

        return new(key, format.New(), null, null, format);
    }

    /// <summary>The writes that save this document: none if unchanged; with a moved legacy row, its deletion too.</summary>
    public void CollectWrites(List<DocumentWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var json = _format.Write(Value);

        // A new document that is still as new (a greeting changes nothing) is not worth a row.
        if (_legacyKey is null && string.Equals(json, _stored?.Json ?? _format.Write(_format.New()), StringComparison.Ordinal))
        {
            return;
        }

        writes.Add(DocumentWrite.Put(_key, json, _stored?.ETag));
        if (_legacyKey is not null)
        {
            writes.Add(DocumentWrite.DeleteAny(_legacyKey));
        }
    }
}
