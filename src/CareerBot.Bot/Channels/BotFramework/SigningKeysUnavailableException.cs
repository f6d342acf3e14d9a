namespace CareerBot.Bot.Channels.BotFramework;

/// <summary>
/// A request's token could not be checked because the keys that sign channel tokens could not be fetched (the
/// OpenID metadata endpoint is unreachable): a 503 the channel retries, not a 401 (the token may be fine) nor a 500.
/// </summary>
public sealed class SigningKeysUnavailableException : Exception
{
    public SigningKeysUnavailableException()
        : base("The keys that sign channel tokens could not be fetched.")
    {
    }

    public SigningKeysUnavailableException(string message)
        : base(message)
    {
    }

    public SigningKeysUnavailableException(Exception inner)
        : base("The keys that sign channel tokens could not be fetched.", inner)
    {
    }

    public SigningKeysUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
