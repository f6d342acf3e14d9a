namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>DirectLine:*</c> settings: the browser channel (Web Chat) served by this host. It is on in Development; anywhere
/// else only with a <see cref="Secret"/>, because without one anybody who can reach the host can open conversations.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>Empty: on in Development, elsewhere on when a secret is set. <c>false</c> turns it off everywhere.</summary>
    public bool? Enabled { get; set; }

    /// <summary>When set, opening a conversation or minting a token needs <c>Authorization: Bearer &lt;secret&gt;</c>,
    /// as with Azure's Direct Line: a site's server mints tokens and hands them to its pages.</summary>
    public string? Secret { get; set; }

    /// <summary>How long a conversation token is valid; Web Chat refreshes it well before (every 15 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A conversation nobody has touched for this long is forgotten (its tokens with it).</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Activities kept per conversation for polling; older ones are dropped (a client is never that far behind).</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Conversations kept at once; beyond it, opening another is refused with 429 until some go idle.</summary>
    public int MaxConversations { get; set; } = 10_000;

    public bool HasSecret => !string.IsNullOrEmpty(Secret);

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
