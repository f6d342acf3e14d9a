using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Domain.Localization;

internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var byTag = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options)
            ?? throw new JsonException("A localized text must be an object of language tag to text.");
        return new LocalizedText(byTag);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ByTag, options);
}
