using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// Where Direct Line keeps its documents in the state store. A conversation is two documents: a small head that every
/// request reads (who it is for, whether it started, when it was last used, its newest watermark) and the bounded ring
/// of its activities, read only when a poll has something newer to fetch: an idle poll (Web Chat's, twice a second)
/// costs one read of a few hundred bytes. A post reads and writes both, in one round trip and one transaction each.
/// </summary>
internal static class DirectLineKeys
{
    public const string TokenSigningKey = "directline/token-key";

    public static string Conversation(string id) => "directline/conversation/" + id;

    public static string Activities(string id) => "directline/activities/" + id;

    /// <summary>One slice of the open conversations' register (see <see cref="DirectLineShardDocument"/>).</summary>
    public static string Shard(int index) => "directline/shard/" + index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The head of one conversation.</summary>
internal sealed class DirectLineConversationDocument
{
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    public string UserId { get; set; } = string.Empty;

    public string? Locale { get; set; }

    /// <summary>The register shard that counts this conversation, so a sweep removes it there.</summary>
    public int Shard { get; set; }

    public bool Started { get; set; }

    public DateTimeOffset LastTouched { get; set; }

    /// <summary>The watermark of the newest activity (0: none yet); equal to the ring's, written with it.</summary>
    public long LastSequence { get; set; }
}

/// <summary>A conversation's newest activities, oldest first, within the count and byte caps.</summary>
internal sealed class DirectLineActivitiesDocument
{
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    /// <summary>The last watermark given out; it only grows, also when old activities are dropped.</summary>
    public long LastSequence { get; set; }

    /// <summary>The sum of the kept activities' <see cref="DirectLineKeptActivity.Bytes"/>.</summary>
    public long Bytes { get; set; }

    public List<DirectLineKeptActivity> Activities { get; set; } = [];
}

internal sealed class DirectLineKeptActivity
{
    public long Sequence { get; set; }

    /// <summary>The activity's JSON as Direct Line clients read it (kept as JSON, not as an escaped string).</summary>
    public JsonElement Activity { get; set; }

    /// <summary>The activity's size in UTF-8, counted against the conversation's byte cap.</summary>
    public int Bytes { get; set; }
}

/// <summary>
/// One of <see cref="DirectLineConversations.ShardCount"/> slices of the register of open conversations. Opening a
/// conversation adds it to one slice with room (each has a fixed share of the cap), so the cap across instances holds
/// without one document every opening would fight over, and a sweep walks one slice at a time: bounded work.
/// </summary>
internal sealed class DirectLineShardDocument
{
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    public List<string> Conversations { get; set; } = [];
}

/// <summary>The generated token signing key, shared by every instance on the store.</summary>
internal sealed class DirectLineSigningKeyDocument
{
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    /// <summary>Base64 of the key's bytes.</summary>
    public string Key { get; set; } = string.Empty;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DirectLineConversationDocument))]
[JsonSerializable(typeof(DirectLineActivitiesDocument))]
[JsonSerializable(typeof(DirectLineShardDocument))]
[JsonSerializable(typeof(DirectLineSigningKeyDocument))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
