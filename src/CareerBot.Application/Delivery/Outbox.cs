using System.Globalization;
using CareerBot.Application.Documents;

namespace CareerBot.Application.Delivery;

/// <summary>
/// Messages that could not be delivered, as documents under <c>outbox/</c>, oldest first (the key starts with the
/// time). Bounded: past <see cref="DeliveryOptions.MaxOutboxMessages"/> the oldest are dropped, and said so.
/// </summary>
public sealed class Outbox
{
    public const string KeyPrefix = "outbox/";

    private readonly IDocumentStore _documents;
    private readonly TimeProvider _clock;
    private readonly int _capacity;

    public Outbox(IDocumentStore documents, TimeProvider clock, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _documents = documents;
        _clock = clock;
        _capacity = options.MaxOutboxMessages;
    }

    /// <summary>Keeps <paramref name="message"/>; returns its key and how many older messages were dropped to make room.</summary>
    public async Task<(string Key, int Dropped)> KeepAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.KeptAt = _clock.GetUtcNow();
        var key = KeyPrefix + message.KeptAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfffffff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        await _documents.WriteAsync([DocumentWrite.Put(key, DocumentJson.Write(message, DocumentJson.Context.OutboxMessage), readETag: null)], cancellationToken).ConfigureAwait(false);

        var keys = await _documents.KeysAsync(KeyPrefix, string.Empty, cancellationToken).ConfigureAwait(false);
        var excess = keys.Count - _capacity;
        if (excess > 0)
        {
            await _documents.WriteAsync([.. keys.Take(excess).Select(DocumentWrite.DeleteAny)], cancellationToken).ConfigureAwait(false);
        }

        return (key, Math.Max(0, excess));
    }

    /// <summary>Forgets a kept message (delivered after all).</summary>
    public Task RemoveAsync(string key, CancellationToken cancellationToken) =>
        _documents.WriteAsync([DocumentWrite.DeleteAny(key)], cancellationToken);

    /// <summary>The kept messages' keys, oldest first.</summary>
    public Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken) =>
        _documents.KeysAsync(KeyPrefix, string.Empty, cancellationToken);

    /// <summary>The kept message under <paramref name="key"/>, or null when it is gone.</summary>
    public async Task<OutboxMessage?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var found = await _documents.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(key, out var stored)
            ? DocumentJson.Read(stored.Json, DocumentJson.Context.OutboxMessage, m => m.Schema, OutboxMessage.CurrentSchema)
            : null;
    }
}
