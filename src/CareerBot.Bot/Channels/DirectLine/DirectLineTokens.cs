using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareerBot.Application.Documents;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>A conversation token: bound to one conversation and its user, valid until <see cref="ExpiresAt"/>.</summary>
internal sealed record DirectLineToken(string Value, string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>Why a presented token is refused.</summary>
internal enum DirectLineTokenProblem
{
    None,

    /// <summary>Not a token this service issues, or its signature does not match: forged or altered.</summary>
    Invalid,

    Expired,
}

/// <summary>
/// Stateless conversation tokens: <c>base64url(payload).base64url(HMAC-SHA256(key, payload))</c>, the payload naming
/// the conversation, its user and the expiry. Nothing is stored per token, so any instance checks any token with one
/// HMAC and no read, and a refresh is a new signature. The key is <see cref="DirectLineOptions.TokenSigningKey"/>, or
/// one generated on first start and kept in the store, so every instance on the store agrees. A token cannot be
/// revoked before it expires; deleting its conversation (idle sweep) ends what it gives access to.
/// </summary>
internal sealed class DirectLineTokens
{
    private const int GeneratedKeyBytes = 32;

    /// <summary>Far longer than any token this service issues (a 100-character user id included): no parsing of floods.</summary>
    private const int MaxTokenLength = 1024;

    private readonly IDocumentStore _store;
    private readonly DirectLineOptions _options;
    private readonly Lock _keyGate = new();
    private Task<byte[]>? _key;

    public DirectLineTokens(IDocumentStore store, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
    }

    public async Task<DirectLineToken> IssueAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((now + _options.TokenLifetime).ToUnixTimeSeconds());
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("c", conversationId);
            writer.WriteString("u", userId);
            writer.WriteNumber("x", expiresAt.ToUnixTimeSeconds());
            writer.WriteEndObject();
        }

        var payload = buffer.WrittenSpan.ToArray();
        var key = await KeyAsync(cancellationToken).ConfigureAwait(false);
        var value = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
        return new DirectLineToken(value, conversationId, userId, expiresAt);
    }

    /// <summary>The token <paramref name="value"/> stands for, or why it is refused.</summary>
    public async Task<(DirectLineToken? Token, DirectLineTokenProblem Problem)> ReadAsync(string value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (value.Length > MaxTokenLength || dot <= 0 || dot != value.LastIndexOf('.'))
        {
            return (null, DirectLineTokenProblem.Invalid);
        }

        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(value.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(value.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return (null, DirectLineTokenProblem.Invalid);
        }

        var key = await KeyAsync(cancellationToken).ConfigureAwait(false);
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload)))
        {
            return (null, DirectLineTokenProblem.Invalid);
        }

        // Signed by us, so well formed; read defensively all the same (a key shared with an older format).
        try
        {
            using var json = JsonDocument.Parse(payload);
            var root = json.RootElement;
            var token = new DirectLineToken(
                value,
                root.GetProperty("c").GetString() ?? string.Empty,
                root.GetProperty("u").GetString() ?? string.Empty,
                DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("x").GetInt64()));
            return token.ExpiresAt <= now ? (null, DirectLineTokenProblem.Expired) : (token, DirectLineTokenProblem.None);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            return (null, DirectLineTokenProblem.Invalid);
        }
    }

    /// <summary>The signing key: configured, or read from the store, or generated and stored by the first instance to ask.</summary>
    private Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        Task<byte[]> key;
        lock (_keyGate)
        {
            if (_key is null || _key.IsFaulted || _key.IsCanceled)
            {
                // Not tied to this caller's token: a cancelled request must not fail the others waiting on it.
                _key = LoadKeyAsync();
            }

            key = _key;
        }

        return key.IsCompletedSuccessfully ? key : key.WaitAsync(cancellationToken);
    }

    private async Task<byte[]> LoadKeyAsync()
    {
        if (!string.IsNullOrEmpty(_options.TokenSigningKey))
        {
            return Encoding.UTF8.GetBytes(_options.TokenSigningKey);
        }

        var format = DirectLineJsonContext.Default.DirectLineSigningKeyDocument;
        while (true)
        {
            var found = await _store.ReadAsync([DirectLineKeys.TokenSigningKey], CancellationToken.None).ConfigureAwait(false);
            if (found.TryGetValue(DirectLineKeys.TokenSigningKey, out var stored))
            {
                var document = DocumentJson.Read(stored.Json, format, d => d.Schema, DirectLineSigningKeyDocument.CurrentSchema);
                return Convert.FromBase64String(document.Key);
            }

            var generated = new DirectLineSigningKeyDocument { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(GeneratedKeyBytes)) };
            try
            {
                // Only if nobody stored one meanwhile: two instances starting together end up with the same key.
                await _store.WriteAsync([DocumentWrite.Put(DirectLineKeys.TokenSigningKey, DocumentJson.Write(generated, format), null)], CancellationToken.None).ConfigureAwait(false);
                return Convert.FromBase64String(generated.Key);
            }
            catch (DocumentConflictException)
            {
                // Another instance stored its key first: read that one.
            }
        }
    }
}
