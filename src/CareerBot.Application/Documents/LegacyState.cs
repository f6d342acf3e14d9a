using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Application.Documents;

/// <summary>
/// Reads the rows CareerBot stored before documents, so nobody loses an interview or their history on upgrade; each is
/// read once and rewritten as a document. Two forms exist: a Bot Framework <c>BotState</c> dictionary written by
/// Newtonsoft with <c>$type</c> names (the state object under a property such as <c>interview</c>, PascalCase names,
/// lists as <c>{"$values": […]}</c>), and the later envelope <c>{"$type": "…StateDocument…", "Json": …}</c> holding the
/// camelCase JSON as an object or a string. The names are dropped, never resolved: no type is chosen by stored text.
/// </summary>
internal static class LegacyState
{
    private const string TypeProperty = "$type";
    private const string ValuesProperty = "$values";

    /// <summary>The state object in <paramref name="stored"/>, with type names removed; null when it holds none.</summary>
    /// <param name="stored">The row's text.</param>
    /// <param name="botStateProperty">The property a BotState dictionary kept the object under ("interview", "profile").</param>
    public static JsonObject? Read(string stored, string botStateProperty)
    {
        if (JsonNode.Parse(stored) is not JsonObject row)
        {
            return null;
        }

        JsonNode? state;
        if (row["Json"] is { } envelope && ((string?)row[TypeProperty])?.Contains("StateDocument", StringComparison.Ordinal) == true)
        {
            state = envelope.GetValueKind() == JsonValueKind.String ? JsonNode.Parse(envelope.GetValue<string>()) : envelope;
        }
        else
        {
            state = row[botStateProperty];
        }

        return Normalize(state?.DeepClone()) as JsonObject;
    }

    /// <summary>Drops every <c>$type</c> and unwraps every <c>{"$values": […]}</c>.</summary>
    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj[ValuesProperty] is JsonArray values:
                return Normalize(values.DeepClone());
            case JsonObject obj:
                obj.Remove(TypeProperty);
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var child = obj[name];
                    obj[name] = null;
                    obj[name] = Normalize(child?.DeepClone());
                }

                return obj;
            case JsonArray array:
                var items = array.Select(item => Normalize(item?.DeepClone())).ToList();
                return new JsonArray([.. items]);
            default:
                return node;
        }
    }
}
