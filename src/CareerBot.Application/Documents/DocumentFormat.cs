using System.Text.Json.Serialization.Metadata;

namespace CareerBot.Application.Documents;

/// <summary>How one document type is made new, written, read, and read from a legacy row.</summary>
internal sealed class DocumentFormat<T>(JsonTypeInfo<T> type, Func<T, int> schemaOf, int currentSchema, Func<T> create, Func<string, T?> readLegacy)
    where T : class
{
    public T New() => create();

    public string Write(T value) => DocumentJson.Write(value, type);

    public T Read(string json) => DocumentJson.Read(json, type, schemaOf, currentSchema);

    /// <summary>The document in a row stored before documents existed; null when the row holds none.</summary>
    public T? ReadLegacy(string stored) => readLegacy(stored);
}
