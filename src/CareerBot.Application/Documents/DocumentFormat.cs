using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CareerBot.Application.Documents;

/// <summary>How one document type is made new, written, read, and read from a legacy row.</summary>
internal sealed class DocumentFormat<T>(JsonTypeInfo<T> type, Func<T, int> schemaOf, int currentSchema, Func<T> create, Func<string, T?> readLegacy)
    where T : class
{
    public T New() => create();

    public string Write(T value) => DocumentJson.Write(value, type);

    public T Read(string json) => DocumentJson.Read(json, type, schemaOf, currentSchema);

    /// <summary>
    /// The document in a row stored before documents existed; null when the row holds none, or none this version can
    /// read (invalid JSON, a value of the wrong kind, nesting too deep): such a row is left where it is, untouched, and
    /// the turn starts a new document instead of failing on every turn of that conversation or person for good.
    /// </summary>
    public T? ReadLegacy(string stored)
    {
        try
        {
            return readLegacy(stored);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
