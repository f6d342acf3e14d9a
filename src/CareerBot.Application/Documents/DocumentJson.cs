using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CareerBot.Domain.Interview;
using CareerBot.Domain.People;

namespace CareerBot.Application.Documents;

/// <summary>
/// How documents are written: System.Text.Json, source-generated, camelCase names, enums by name, and nothing else —
/// no .NET type names: a store only ever holds these document types, so it never has to trust a name it reads.
/// </summary>
public static class DocumentJson
{
    // Keeps Chinese readable in the stored text (the default escapes every non-ASCII character as \uXXXX); documents
    // are never put into HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DocumentJsonContext Context => DocumentJsonContext.Default;

    public static string Write<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, type);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The document in <paramref name="json"/>; refuses one written by a newer version of CareerBot (a schema it does
    /// not know), which it could otherwise overwrite with less than it holds.
    /// </summary>
    public static T Read<T>(string json, JsonTypeInfo<T> type, Func<T, int> schemaOf, int currentSchema)
    {
        ArgumentNullException.ThrowIfNull(schemaOf);
        var document = JsonSerializer.Deserialize(json, type) ?? throw new InvalidDataException("A stored document is JSON null.");
        var schema = schemaOf(document);
        return schema > currentSchema
            ? throw new InvalidDataException($"A stored {typeof(T).Name} has schema {schema}; this version of CareerBot reads up to {currentSchema}.")
            : document;
    }
}

/// <summary>The document types. Case-insensitive names and enum numbers are read too: rows stored before documents used them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ConversationDocument))]
[JsonSerializable(typeof(PersonDocument))]
[JsonSerializable(typeof(InterviewState))]
[JsonSerializable(typeof(PersonProfile))]
[JsonSerializable(typeof(Delivery.OutboxMessage))]
public sealed partial class DocumentJsonContext : JsonSerializerContext;
