using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CareerBot.Application.Documents;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>A newly opened conversation and its first token, or, when the cap is reached, when to try again.</summary>
internal sealed record DirectLineOpening(DirectLineConversation? Conversation, DirectLineToken? Token, TimeSpan RetryAfter);

/// <summary>
/// Every open Direct Line conversation, in the state store (<see cref="DirectLineKeys"/>), so any instance on the store
/// serves any conversation, and a restart loses none. Bounded: activities per conversation by count and bytes (oldest
/// dropped, watermarks keep counting), conversations by <see cref="DirectLineOptions.ConversationCapacity"/> (the rest
/// get 429 until some go idle), idle ones deleted by <see cref="SweepAsync"/> (a shard at a time). Every write is
/// conditional on what was read; a write that lost a race reads again and reapplies its change.
/// </summary>
internal sealed class DirectLineConversations
{
    /// <summary>
    /// The register's slices. Fixed, not derived from the caps, so changing a cap never strands a slice no sweep visits;
    /// 32: with the default cap each holds about 256 ids (a few KB), and two instances opening at once rarely pick the same.
    /// </summary>
    public const int ShardCount = 32;

    /// <summary>Slices an opening tries (sweeping each full one first) before answering 429: bounded work per request.</summary>
    private const int ShardsTriedPerOpening = 4;

    /// <summary>Write races one change retries before giving up; only the same conversation's writers race.</summary>
    private const int MaxAttempts = 16;

    private readonly IDocumentStore _store;
    private readonly DirectLineTokens _tokens;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;

    public DirectLineConversations(IDocumentStore store, DirectLineTokens tokens, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _tokens = tokens;
        _options = options.Value;
        _clock = clock;
    }

    public DateTimeOffset Now => _clock.GetUtcNow();

    public DirectLineTokens Tokens => _tokens;

    /// <summary>
    /// A polled conversation records that it is in use at most this often: a poll costs no write, and a conversation
    /// that is polled is still never swept (the interval is well within the idle timeout).
    /// </summary>
    private TimeSpan TouchInterval => _options.ConversationIdleTimeout / 12;

    /// <summary>
    /// A new conversation with its first token, or when to try again when the cap is reached. <paramref name="started"/>:
    /// whether the caller opens it at once (and sends the conversationUpdate), rather than minting a token for later.
    /// </summary>
    public async Task<DirectLineOpening> OpenAsync(string? userId, string? locale, bool started, CancellationToken cancellationToken)
    {
        var id = RandomId(16);
        var head = new DirectLineConversationDocument { UserId = userId ?? "dl_" + RandomId(12), Locale = locale, Started = started, LastTouched = Now };
        var shards = Enumerable.Range(0, ShardCount).Where(s => ShardCapacity(s) > 0).ToArray();
        var first = RandomNumberGenerator.GetInt32(shards.Length);
        var retryAfter = TimeSpan.MaxValue;
        for (var tried = 0; tried < Math.Min(ShardsTriedPerOpening, shards.Length); tried++)
        {
            var shard = shards[(first + tried) % shards.Length];
            head.Shard = shard;
            var wait = await TryOpenInShardAsync(shard, id, head, cancellationToken).ConfigureAwait(false);
            if (wait is null)
            {
                var conversation = View(id, head, etag: null);
                return new(conversation, await _tokens.IssueAsync(id, head.UserId, Now, cancellationToken).ConfigureAwait(false), TimeSpan.Zero);
            }

            retryAfter = wait.Value < retryAfter ? wait.Value : retryAfter;
        }

        return new(null, null, retryAfter);
    }

    /// <summary>A fresh token for the token's conversation; the one it replaces stays valid until it expires.</summary>
    public Task<DirectLineToken> RefreshAsync(DirectLineToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _tokens.IssueAsync(token.ConversationId, token.UserId, Now, cancellationToken);
    }

    /// <summary>The conversation, or null when it never existed, was swept, or has been idle too long.</summary>
    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = DirectLineKeys.Conversation(conversationId);
        var found = await _store.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (!found.TryGetValue(key, out var stored))
        {
            return null;
        }

        var head = Read(stored, Format.DirectLineConversationDocument, d => d.Schema, DirectLineConversationDocument.CurrentSchema);
        return IsIdle(head) ? null : View(conversationId, head, stored.ETag);
    }

    /// <summary>Records that the conversation is in use, unless that was recorded recently (polls come twice a second).</summary>
    public async Task TouchAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (Now - conversation.LastTouched < TouchInterval)
        {
            return;
        }

        try
        {
            await UpdateHeadAsync(conversation, head => head.LastTouched = Now, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            // Somebody else wrote the head meanwhile, which touched it too.
        }
    }

    /// <summary>Marks the conversation started; true for the one caller that did (it sends the conversationUpdate).</summary>
    public async Task<bool> TryMarkStartedAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        for (var attempt = 1; ; attempt++)
        {
            if (conversation.Started)
            {
                return false;
            }

            try
            {
                await UpdateHeadAsync(conversation, head => (head.Started, head.LastTouched) = (true, Now), cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DocumentConflictException) when (attempt < MaxAttempts)
            {
                if (await FindAsync(conversation.Id, cancellationToken).ConfigureAwait(false) is not { } reread)
                {
                    return false;
                }

                conversation = reread;
            }
        }
    }

    /// <summary>
    /// Appends activities in order, giving each the next id (<c>{conversation}|{sequence}</c>, as Azure's are) and
    /// dropping the oldest beyond the caps; null when the conversation is gone.
    /// </summary>
    public async Task<IReadOnlyList<string>?> AppendAsync(string conversationId, IReadOnlyList<JObject> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var headKey = DirectLineKeys.Conversation(conversationId);
        var ringKey = DirectLineKeys.Activities(conversationId);
        for (var attempt = 1; ; attempt++)
        {
            var found = await _store.ReadAsync([headKey, ringKey], cancellationToken).ConfigureAwait(false);
            if (!found.TryGetValue(headKey, out var storedHead))
            {
                return null;
            }

            var head = Read(storedHead, Format.DirectLineConversationDocument, d => d.Schema, DirectLineConversationDocument.CurrentSchema);
            var storedRing = found.GetValueOrDefault(ringKey);
            var ring = storedRing is null
                ? new DirectLineActivitiesDocument()
                : Read(storedRing, Format.DirectLineActivitiesDocument, d => d.Schema, DirectLineActivitiesDocument.CurrentSchema);
            var ids = new List<string>(activities.Count);
            foreach (var activity in activities)
            {
                var sequence = ring.LastSequence + 1;
                var id = $"{conversationId}|{sequence:D7}";
                activity["id"] = id;
                var json = activity.ToString(Newtonsoft.Json.Formatting.None);
                using var parsed = JsonDocument.Parse(json);
                Keep(ring, new DirectLineKeptActivity { Sequence = sequence, Activity = parsed.RootElement.Clone(), Bytes = Encoding.UTF8.GetByteCount(json) });
                ids.Add(id);
            }

            head.LastSequence = ring.LastSequence;
            head.LastTouched = Now;
            try
            {
                await _store.WriteAsync(
                    [
                        DocumentWrite.Put(headKey, DocumentJson.Write(head, Format.DirectLineConversationDocument), storedHead.ETag),
                        DocumentWrite.Put(ringKey, DocumentJson.Write(ring, Format.DirectLineActivitiesDocument), storedRing?.ETag),
                    ],
                    cancellationToken).ConfigureAwait(false);
                return ids;
            }
            catch (DocumentConflictException) when (attempt < MaxAttempts)
            {
                // Another instance (or request) appended first: read its activities and put ours after them.
                await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(1, 5 * attempt)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The kept activities after <paramref name="watermark"/> (all kept ones when null) as Direct Line's activity set,
    /// and the new watermark. Nothing newer (the usual poll) costs no further read.
    /// </summary>
    public async Task<byte[]> ActivitySetAsync(DirectLineConversation conversation, long? watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var ring = new DirectLineActivitiesDocument { LastSequence = conversation.LastSequence };
        if (watermark is null || watermark < conversation.LastSequence)
        {
            var key = DirectLineKeys.Activities(conversation.Id);
            var found = await _store.ReadAsync([key], cancellationToken).ConfigureAwait(false);
            if (found.TryGetValue(key, out var stored))
            {
                ring = Read(stored, Format.DirectLineActivitiesDocument, d => d.Schema, DirectLineActivitiesDocument.CurrentSchema);
            }
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var kept in ring.Activities.Where(a => watermark is null || a.Sequence > watermark))
            {
                kept.Activity.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", ring.LastSequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Deletes the idle conversations of one register slice with their activities, so their room goes to new ones.
    /// Returns how many it removed and, when it removed none, how long until the first of the rest goes idle.
    /// </summary>
    public async Task<(int Removed, TimeSpan NextIdle)> SweepAsync(int shard, CancellationToken cancellationToken)
    {
        var shardKey = DirectLineKeys.Shard(shard);
        var found = await _store.ReadAsync([shardKey], cancellationToken).ConfigureAwait(false);
        if (!found.TryGetValue(shardKey, out var storedShard))
        {
            return (0, _options.ConversationIdleTimeout);
        }

        var register = Read(storedShard, Format.DirectLineShardDocument, d => d.Schema, DirectLineShardDocument.CurrentSchema);
        var heads = await _store.ReadAsync([.. register.Conversations.Select(DirectLineKeys.Conversation)], cancellationToken).ConfigureAwait(false);
        var writes = new List<DocumentWrite>();
        var removed = 0;
        var nextIdle = _options.ConversationIdleTimeout;
        foreach (var id in register.Conversations.ToList())
        {
            var key = DirectLineKeys.Conversation(id);
            if (heads.TryGetValue(key, out var stored))
            {
                var head = Read(stored, Format.DirectLineConversationDocument, d => d.Schema, DirectLineConversationDocument.CurrentSchema);
                if (!IsIdle(head))
                {
                    var left = head.LastTouched + _options.ConversationIdleTimeout - Now;
                    nextIdle = left < nextIdle ? left : nextIdle;
                    continue;
                }

                // Only as read: a conversation posted to meanwhile is not deleted (the whole sweep of the slice retries).
                writes.Add(new DocumentWrite(key, null, stored.ETag));
            }

            writes.Add(DocumentWrite.DeleteAny(DirectLineKeys.Activities(id)));
            register.Conversations.Remove(id);
            removed++;
        }

        if (writes.Count == 0)
        {
            return (0, nextIdle);
        }

        writes.Add(DocumentWrite.Put(shardKey, DocumentJson.Write(register, Format.DirectLineShardDocument), storedShard.ETag));
        try
        {
            await _store.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            // Somebody opened a conversation in this slice, or used one of those found idle, meanwhile: next sweep.
            return (0, TimeSpan.FromSeconds(1));
        }

        return (removed, TimeSpan.Zero);
    }

    /// <summary>The slice's share of <see cref="DirectLineOptions.ConversationCapacity"/> (the shares add up to it exactly).</summary>
    private int ShardCapacity(int shard)
    {
        var capacity = _options.ConversationCapacity;
        return (capacity / ShardCount) + (shard < capacity % ShardCount ? 1 : 0);
    }

    /// <summary>Registers and creates the conversation in the slice; null when done, else how long until it may have room.</summary>
    private async Task<TimeSpan?> TryOpenInShardAsync(int shard, string id, DirectLineConversationDocument head, CancellationToken cancellationToken)
    {
        var shardKey = DirectLineKeys.Shard(shard);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var found = await _store.ReadAsync([shardKey], cancellationToken).ConfigureAwait(false);
            var stored = found.GetValueOrDefault(shardKey);
            var register = stored is null
                ? new DirectLineShardDocument()
                : Read(stored, Format.DirectLineShardDocument, d => d.Schema, DirectLineShardDocument.CurrentSchema);
            if (register.Conversations.Count >= ShardCapacity(shard))
            {
                // Full: make room from idle conversations now rather than wait for the background sweep.
                var (removed, nextIdle) = await SweepAsync(shard, cancellationToken).ConfigureAwait(false);
                if (removed == 0)
                {
                    return nextIdle;
                }

                continue;
            }

            register.Conversations.Add(id);
            try
            {
                await _store.WriteAsync(
                    [
                        DocumentWrite.Put(shardKey, DocumentJson.Write(register, Format.DirectLineShardDocument), stored?.ETag),
                        DocumentWrite.Put(DirectLineKeys.Conversation(id), DocumentJson.Write(head, Format.DirectLineConversationDocument), null),
                        DocumentWrite.Put(DirectLineKeys.Activities(id), DocumentJson.Write(new DirectLineActivitiesDocument(), Format.DirectLineActivitiesDocument), null),
                    ],
                    cancellationToken).ConfigureAwait(false);
                return null;
            }
            catch (DocumentConflictException)
            {
                // Another opening took the slice's last write first: read it again.
            }
        }

        return TimeSpan.FromSeconds(1);
    }

    /// <summary>Adds the newest activity, then drops the oldest while over either cap; the newest always stays.</summary>
    private void Keep(DirectLineActivitiesDocument ring, DirectLineKeptActivity activity)
    {
        ring.Activities.Add(activity);
        ring.LastSequence = activity.Sequence;
        ring.Bytes += activity.Bytes;
        var drop = 0;
        while (ring.Activities.Count - drop > 1 &&
               (ring.Activities.Count - drop > _options.MaxActivitiesPerConversation || ring.Bytes > _options.MaxBytesPerConversation))
        {
            ring.Bytes -= ring.Activities[drop].Bytes;
            drop++;
        }

        ring.Activities.RemoveRange(0, drop);
    }

    /// <summary>Writes the head as <paramref name="conversation"/> read it, changed: a conflict if it changed meanwhile.</summary>
    private async Task UpdateHeadAsync(DirectLineConversation conversation, Action<DirectLineConversationDocument> change, CancellationToken cancellationToken)
    {
        var head = new DirectLineConversationDocument
        {
            UserId = conversation.UserId,
            Locale = conversation.Locale,
            Shard = conversation.Shard,
            Started = conversation.Started,
            LastTouched = conversation.LastTouched,
            LastSequence = conversation.LastSequence,
        };
        change(head);
        var key = DirectLineKeys.Conversation(conversation.Id);
        await _store.WriteAsync([DocumentWrite.Put(key, DocumentJson.Write(head, Format.DirectLineConversationDocument), conversation.ETag)], cancellationToken).ConfigureAwait(false);
    }

    private bool IsIdle(DirectLineConversationDocument head) => Now - head.LastTouched > _options.ConversationIdleTimeout;

    private static DirectLineConversation View(string id, DirectLineConversationDocument head, string? etag) =>
        new(id, head.UserId, head.Locale, head.Shard, head.Started, head.LastTouched, head.LastSequence, etag);

    private static T Read<T>(StoredDocument stored, JsonTypeInfo<T> type, Func<T, int> schemaOf, int currentSchema) =>
        DocumentJson.Read(stored.Json, type, schemaOf, currentSchema);

    private static DirectLineJsonContext Format => DirectLineJsonContext.Default;

    /// <summary>URL-safe random text from a cryptographic source: ids must not be guessable.</summary>
    private static string RandomId(int bytes) => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));
}
