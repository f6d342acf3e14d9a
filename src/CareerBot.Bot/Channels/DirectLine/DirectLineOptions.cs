namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>DirectLine:*</c> settings: the browser channel (Web Chat) served by this host. It is on in Development; anywhere
/// else only with a <see cref="Secret"/>, because without one anybody who can reach the host can open conversations.
/// Conversations, their activities and the token signing key live in the state store (<c>Storage:*</c>), so Web Chat
/// carries on across a restart and behind several instances; the caps below bound what they take there.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>A signing key shorter than this is guessable by brute force (HMAC-SHA256 wants 32 bytes of entropy).</summary>
    public const int MinTokenSigningKeyLength = 32;

    /// <summary>Empty: on in Development, elsewhere on when a secret is set. <c>false</c> turns it off everywhere.</summary>
    public bool? Enabled { get; set; }

    /// <summary>When set, opening a conversation or minting a token needs <c>Authorization: Bearer &lt;secret&gt;</c>,
    /// as with Azure's Direct Line: a site's server mints tokens and hands them to its pages.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// The key conversation tokens are signed with (HMAC-SHA256; at least <see cref="MinTokenSigningKeyLength"/>
    /// characters). Empty: one is generated on first start and kept in the state store, so every instance on that store
    /// signs and checks alike. Set it to rotate the key (every token issued before is refused) or to keep it out of the store.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a conversation token is valid; Web Chat refreshes it well before (every 15 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A conversation nobody has posted to or polled for this long is deleted from the store with its activities.
    /// An hour: an interview takes minutes, and an open tab keeps its conversation alive by polling.
    /// </summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Activities kept per conversation for polling; older ones are dropped (watermarks keep counting). 100: a whole
    /// interview (the welcome, 9 messages and their answers) is 19 (DirectLineTests measures it); a client only ever
    /// needs what it has not polled yet, and a page reload starts a new conversation.
    /// </summary>
    public int MaxActivitiesPerConversation { get; set; } = 100;

    /// <summary>
    /// Bytes of activity JSON kept per conversation; older activities are dropped beyond it (the newest is always
    /// kept). 256 KB: a whole interview with its cards is about 26 KB (DirectLineTests measures it), and it still holds
    /// four user messages of the largest size accepted (64 KB). Every post rewrites this much at most, so it also
    /// bounds the cost of a post.
    /// </summary>
    public int MaxBytesPerConversation { get; set; } = 256 * 1024;

    /// <summary>Conversations open at once; beyond it, opening another is refused with 429 until some go idle.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>
    /// Bytes of activities all open conversations may take in the store. Each conversation is admitted with room for
    /// its whole <see cref="MaxBytesPerConversation"/>, so no shared counter is updated on every post (instances
    /// would fight over it): at most <c>MaxTotalBytes / MaxBytesPerConversation</c> conversations are open (2 GiB:
    /// 8,192 with the defaults, far more than one company's product managers keep open within an hour).
    /// </summary>
    public long MaxTotalBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    public bool HasSecret => !string.IsNullOrEmpty(Secret);

    /// <summary>How many conversations may be open at once: the count cap or what the byte cap admits, whichever is lower.</summary>
    public int ConversationCapacity => (int)Math.Min(MaxConversations, MaxTotalBytes / Math.Max(1, MaxBytesPerConversation));

    /// <summary>What is wrong with these settings, or null when they are usable.</summary>
    public string? Problem()
    {
        if (TokenLifetime <= TimeSpan.Zero || ConversationIdleTimeout <= TimeSpan.Zero)
        {
            return "DirectLine:TokenLifetime and DirectLine:ConversationIdleTimeout must be positive.";
        }

        if (MaxActivitiesPerConversation <= 0 || MaxConversations <= 0 || MaxBytesPerConversation <= 0 || MaxTotalBytes <= 0)
        {
            return "DirectLine:MaxActivitiesPerConversation, MaxBytesPerConversation, MaxConversations and MaxTotalBytes must be positive.";
        }

        if (MaxTotalBytes < MaxBytesPerConversation)
        {
            return "DirectLine:MaxTotalBytes must be at least DirectLine:MaxBytesPerConversation, or no conversation fits.";
        }

        return !string.IsNullOrEmpty(TokenSigningKey) && TokenSigningKey.Length < MinTokenSigningKeyLength
            ? $"DirectLine:TokenSigningKey must be at least {MinTokenSigningKeyLength} characters (or empty, to have one generated and kept in the store)."
            : null;
    }

    /// <summary>Whether the endpoint is mapped at all; refuses the one unsafe combination instead of guessing.</summary>
    public bool IsEnabledIn(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (Enabled == false)
        {
            return false;
        }

        if (environment.IsDevelopment() || HasSecret)
        {
            return true;
        }

        if (Enabled == true)
        {
            throw new InvalidOperationException(
                "DirectLine:Enabled is true but DirectLine:Secret is empty: outside Development the browser channel needs a secret, " +
                "or anybody who can reach this host could open conversations. Set DirectLine:Secret, or DirectLine:Enabled to false.");
        }

        return false;
    }
}

/// <summary>Fails the start with what is wrong in <c>DirectLine:*</c>, not a generic message.</summary>
internal sealed class DirectLineOptionsValidation : Microsoft.Extensions.Options.IValidateOptions<DirectLineOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problem() is { } problem
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problem)
            : Microsoft.Extensions.Options.ValidateOptionsResult.Success;
    }
}
