namespace CareerBot.Bot.Channels.BotFramework;

/// <summary>An outgoing call to a service URL outside <see cref="ServiceUrlPolicy"/>: refused before it is made.</summary>
public sealed class UntrustedServiceUrlException : InvalidOperationException
{
    public UntrustedServiceUrlException()
        : base("The service URL is not trusted (Bot:TrustedServiceHosts); no call was made.")
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
