namespace CareerBot.Application.Documents;

/// <summary>
/// Where documents live (SQLite, PostgreSQL, memory): JSON text under a key, with an ETag that changes on every write.
/// Every write is conditional (<see cref="DocumentWrite.ExpectedETag"/>), so two turns that read the same document
/// cannot both write it: the second gets a <see cref="DocumentConflictException"/>, reloads and applies its change again.
/// One contract suite (tests/CareerBot.Storage.Tests) holds every implementation to the same behaviour.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The stored documents among <paramref name="keys"/>; keys with no document are left out.</summary>
    Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Applies every write or none: when any write's expectation does not hold, nothing is written and a
    /// <see cref="DocumentConflictException"/> names the key.
    /// </summary>
    Task WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken);

    /// <summary>
    /// The keys that start with <paramref name="prefix"/> and contain <paramref name="infix"/> (empty for any), in
    /// ordinal order: for tools that walk every document of a kind (exports).
    /// </summary>
    Task<IReadOnlyList<string>> KeysAsync(string prefix, string infix, CancellationToken cancellationToken);
}

/// <summary>A document as stored: its JSON and its current ETag (null for a row written before documents had one).</summary>
public sealed record StoredDocument(string Json, string? ETag)
{
    /// <summary>A new ETag: unique per write, so an ETag never comes back after the document changed.</summary>
    public static string NewETag() => Guid.NewGuid().ToString("N");
}

/// <summary>
/// One change to the store: <see cref="Json"/> to put under <see cref="Key"/> (null to delete it), if the stored
/// document still has <see cref="ExpectedETag"/>: null when it must not exist yet, <see cref="AnyETag"/> for whatever is
/// there (only for rows no turn edits, such as a legacy row being moved).
/// </summary>
public sealed record DocumentWrite(string Key, string? Json, string? ExpectedETag)
{
    public const string AnyETag = "*";

    /// <summary>Puts <paramref name="json"/> if the document is still as read (<paramref name="readETag"/> null: not there).</summary>
    public static DocumentWrite Put(string key, string json, string? readETag) => new(key, json, readETag);

    /// <summary>Deletes the document whatever it holds; deleting a missing one is no conflict.</summary>
    public static DocumentWrite DeleteAny(string key) => new(key, null, AnyETag);
}
