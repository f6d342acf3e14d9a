namespace CareerBot.Application.Documents;

/// <summary>
/// Documents in this process's memory (the <c>memory</c> provider, and tests): the same conditional writes as the SQL
/// stores, forgotten on restart.
/// </summary>
public sealed class MemoryDocumentStore : IDocumentStore
{
    private readonly Dictionary<string, StoredDocument> _documents = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoredDocument>(keys.Count, StringComparer.Ordinal);
        lock (_documents)
        {
            foreach (var key in keys)
            {
                if (_documents.TryGetValue(key, out var document))
                {
                    found[key] = document;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoredDocument>>(found);
    }

    public Task WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        lock (_documents)
        {
            // Check every expectation before changing anything: all or nothing.
            foreach (var write in writes)
            {
                var current = _documents.GetValueOrDefault(write.Key);
                if (!Holds(write, current))
                {
                    return Task.FromException(DocumentConflictException.On(write.Key));
                }
            }

            foreach (var write in writes)
            {
                if (write.Json is null)
                {
                    _documents.Remove(write.Key);
                }
                else
                {
                    _documents[write.Key] = new StoredDocument(write.Json, StoredDocument.NewETag());
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> KeysAsync(string prefix, string infix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(infix);
        lock (_documents)
        {
            IReadOnlyList<string> keys = [.. _documents.Keys
                .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.Contains(infix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)];
            return Task.FromResult(keys);
        }
    }

    /// <summary>Whether <paramref name="write"/> may apply to what is stored now (null: nothing).</summary>
    private static bool Holds(DocumentWrite write, StoredDocument? current)
    {
        return write.ExpectedETag switch
        {
            DocumentWrite.AnyETag => true,
            null => current is null || write.Json is null,
            var expected => current is not null && string.Equals(current.ETag, expected, StringComparison.Ordinal),
        };
    }
}
