using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Domain.Content;

/// <summary>The one JSON dialect of content files: camelCase names, enums as camelCase strings, comments allowed.</summary>
public static class ContentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static T Read<T>(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid content: {e.Message}", e);
        }
    }
}
