namespace CareerBot.Application.Documents;

/// <summary>A conditional write found the document changed (or created, or deleted) since it was read.</summary>
public sealed class DocumentConflictException : Exception
{
    public DocumentConflictException()
    {
    }

    public DocumentConflictException(string message)
        : base(message)
    {
    }

    public DocumentConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The conflict on <paramref name="key"/>: the message names the key, never the document's content.</summary>
    public static DocumentConflictException On(string key) => new($"The document '{key}' changed since it was read.");
}
