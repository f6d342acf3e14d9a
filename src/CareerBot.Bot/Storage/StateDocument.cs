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
    public string Json { get; set; } = string.Empty;

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
internal sealed partial class StateJsonContext : JsonSerializerContext;
