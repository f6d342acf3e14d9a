using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CareerBot.Bot.Bot;
using CareerBot.Domain.Interview;

namespace CareerBot.Bot.Storage;

/// <summary>
/// One piece of bot state as the JSON text its owner wrote with System.Text.Json; to <see cref="Microsoft.Bot.Builder.IStorage"/>
/// it is an object with one string.
/// </summary>
/// <remarks>
/// The SDK's ConversationState and UserState hand storage a typed object graph, which every provider serializes with
/// Newtonsoft.Json and <c>$type</c> names on every object and list, and they serialize the whole state twice more per
/// turn to see whether it changed. Under load that was a quarter of a turn's CPU (bench/FINDINGS.md). Source-generated
/// System.Text.Json does the same work once, several times faster, and the stored text stays readable.
/// </remarks>
public sealed class StateDocument
{
    // What Newtonsoft.Json (TypeNameHandling.All, unindented) writes first for a StateDocument: its type, then "Json".
    private const string StoredPrefix = "{\"$type\":\"CareerBot.Bot.Storage.StateDocument, CareerBot.Bot\",\"Json\":";

    // Keeps Chinese readable in the stored text (the default escapes every non-ASCII character as \uXXXX); the text is
    // never put into HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Json { get; set; } = string.Empty;

    /// <summary>The document holding <paramref name="value"/> as JSON.</summary>
    public static StateDocument Of<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, type);
        }

        return new StateDocument { Json = Encoding.UTF8.GetString(buffer.WrittenSpan) };
    }

    /// <summary>
    /// The text SQL storage keeps for this document: the same envelope Newtonsoft.Json gives any stored object (so the
    /// row says what it holds, like every other row), with the document inside as JSON rather than as one escaped
    /// string, which doubled every quote and backslash and cost a Newtonsoft pass per read and per write.
    /// </summary>
    public string ToStoredText() =>
        Json.StartsWith('{') && Json.EndsWith('}')
            ? StoredPrefix + Json + "}"
            : StoredPrefix + JsonSerializer.Serialize(Json, StateJsonContext.Default.String) + "}";

    /// <summary>
    /// The document in stored text written by <see cref="ToStoredText"/>, or by Newtonsoft.Json before it (the
    /// document as a string); null when the text holds anything else.
    /// </summary>
    public static StateDocument? FromStoredText(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(StoredPrefix, StringComparison.Ordinal) || !stored.EndsWith('}'))
        {
            return null;
        }

        var value = stored.AsSpan(StoredPrefix.Length, stored.Length - StoredPrefix.Length - 1);
        return value switch
        {
            ['{', ..] => new StateDocument { Json = value.ToString() },
            ['"', ..] => new StateDocument { Json = JsonSerializer.Deserialize(value, StateJsonContext.Default.String) ?? string.Empty },
            _ => null,
        };
    }

    /// <summary>
    /// The <typeparamref name="T"/> in a stored value: a <see cref="StateDocument"/>, or what the SDK's BotState stored
    /// before (a dictionary of properties holding the typed object under <paramref name="legacyProperty"/>), so state
    /// written by earlier versions is still read. Null when there is none.
    /// </summary>
    public static T? Read<T>(object? stored, string legacyProperty, JsonTypeInfo<T> type)
        where T : class => stored switch
        {
            StateDocument document => JsonSerializer.Deserialize(document.Json, type),
            IDictionary<string, object> properties when properties.TryGetValue(legacyProperty, out var value) => value as T,
            _ => null,
        };
}

/// <summary>The state types and how they are written: camelCase names, enums by name.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(InterviewState))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(string))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
