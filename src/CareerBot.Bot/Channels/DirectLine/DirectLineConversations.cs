using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>A conversation token: random, bound to one conversation, valid until <see cref="ExpiresAt"/>.</summary>
internal sealed record DirectLineToken(string Value, string ConversationId, DateTimeOffset ExpiresAt);

/// <summary>
/// Every open Direct Line conversation and its tokens, in memory and bounded: idle conversations are forgotten after
/// <see cref="DirectLineOptions.ConversationIdleTimeout"/>, at most <see cref="DirectLineOptions.MaxConversations"/>
/// are kept, and each keeps only its current and previous token (a refresh replaces the older one).
/// </summary>
internal sealed class DirectLineConversations
{
    /// <summary>How often a request may trigger a sweep of idle conversations; sweeping is O(conversations).</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DirectLineToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _tokensByConversation = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private long _nextSweepTicks;

    public DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock;
    }

    public int Count => _conversations.Count;

    /// <summary>A new conversation with its first token, or null when <see cref="DirectLineOptions.MaxConversations"/> are open.</summary>
    public (DirectLineConversation Conversation, DirectLineToken Token)? Open(string? userId, string? locale)
    {
        var now = _clock.GetUtcNow();
        SweepIfDue(now, force: _conversations.Count >= _options.MaxConversations);
        if (_conversations.Count >= _options.MaxConversations)
        {
            return null;
        }

        var conversation = new DirectLineConversation(RandomId(16), userId ?? "dl_" + RandomId(12), locale, _options.MaxActivitiesPerConversation, now);
        _conversations[conversation.Id] = conversation;
        return (conversation, IssueToken(conversation.Id, now));
    }

    /// <summary>A fresh token for the same conversation; the token it replaces stays valid until it expires.</summary>
    public DirectLineToken Refresh(DirectLineToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return IssueToken(token.ConversationId, _clock.GetUtcNow());
    }

    /// <summary>The live token with this value, or null when it is unknown, expired, or its conversation is gone.</summary>
    public DirectLineToken? FindToken(string value)
    {
        var now = _clock.GetUtcNow();
        SweepIfDue(now, force: false);
        if (!_tokens.TryGetValue(value, out var token))
        {
            return null;
        }

        if (token.ExpiresAt <= now || Find(token.ConversationId) is null)
        {
            _tokens.TryRemove(value, out _);
            return null;
        }

        return token;
    }

    /// <summary>The conversation, or null when it never existed or went idle for too long.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (IsIdle(conversation, _clock.GetUtcNow()))
        {
            Forget(conversation.Id);
            return null;
        }

        return conversation;
    }

    public DateTimeOffset Now => _clock.GetUtcNow();

    private DirectLineToken IssueToken(string conversationId, DateTimeOffset now)
    {
        var token = new DirectLineToken(RandomId(32), conversationId, now + _options.TokenLifetime);
        _tokens[token.Value] = token;
        _tokensByConversation.AddOrUpdate(
            conversationId,
            _ => [token.Value],
            (_, kept) =>
            {
                // Keep the current and the previous token: a client mid-refresh still polls with the old one.
                foreach (var dropped in kept.SkipLast(1))
                {
                    _tokens.TryRemove(dropped, out var _);
                }

                return [.. kept.TakeLast(1), token.Value];
            });
        return token;
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastTouched > _options.ConversationIdleTimeout;

    private void SweepIfDue(DateTimeOffset now, bool force)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (!force && now.UtcTicks < due)
        {
            return;
        }

        Interlocked.Exchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks);
        foreach (var conversation in _conversations.Values.Where(c => IsIdle(c, now)))
        {
            Forget(conversation.Id);
        }

        foreach (var token in _tokens.Values.Where(t => t.ExpiresAt <= now))
        {
            _tokens.TryRemove(token.Value, out _);
        }
    }

    private void Forget(string conversationId)
    {
        _conversations.TryRemove(conversationId, out _);
        if (_tokensByConversation.TryRemove(conversationId, out var tokens))
        {
            foreach (var value in tokens)
            {
                _tokens.TryRemove(value, out _);
            }
        }
    }

    /// <summary>URL-safe random text from a cryptographic source: tokens must not be guessable.</summary>
    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
