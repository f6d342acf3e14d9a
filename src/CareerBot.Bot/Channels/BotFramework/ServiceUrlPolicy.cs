using System.Net;

namespace CareerBot.Bot.Channels.BotFramework;

/// <summary>
/// Which service URLs the bot may call at all, checked before any outgoing call (replies and proactive messages): an
/// activity names the URL its replies go to, so without this a caller could make the bot post to any host (cloud
/// metadata addresses, internal services). Hosts come from <c>Bot:TrustedServiceHosts</c> (comma-separated; a leading
/// <c>*.</c> matches any subdomain), by default the Bot Framework's and Teams' service hosts, over HTTPS only.
/// Loopback URLs are trusted in Development (the Emulator, the Agents Playground); an anonymous development bot trusts
/// nothing else.
/// </summary>
public sealed class ServiceUrlPolicy
{
    public const string TrustedHostsKey = "Bot:TrustedServiceHosts";

    /// <summary>Where Azure Bot Service and Teams send from, in the public, US government and China clouds.</summary>
    public static readonly IReadOnlyList<string> DefaultTrustedHosts =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "*.botframework.azure.us",
        "*.botframework.azure.cn",
        "*.teams.microsoft.com",
        "*.teams.microsoft.us",
    ];

    private readonly string[] _exactHosts;
    private readonly string[] _hostSuffixes;
    private readonly bool _loopback;

    public ServiceUrlPolicy(IEnumerable<string> trustedHosts, bool trustLoopback)
    {
        ArgumentNullException.ThrowIfNull(trustedHosts);
        var hosts = trustedHosts.Select(h => h.Trim().TrimEnd('.').ToUpperInvariant()).Where(h => h.Length > 0).ToArray();
        _exactHosts = [.. hosts.Where(h => !h.StartsWith("*.", StringComparison.Ordinal))];
        _hostSuffixes = [.. hosts.Where(h => h.StartsWith("*.", StringComparison.Ordinal)).Select(h => h[1..])];
        _loopback = trustLoopback;
    }

    /// <summary>The configured policy: <paramref name="loopbackOnly"/> for an anonymous development bot.</summary>
    public static ServiceUrlPolicy From(IConfiguration configuration, IHostEnvironment environment, bool loopbackOnly)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (loopbackOnly)
        {
            return new ServiceUrlPolicy([], trustLoopback: true);
        }

        var section = configuration.GetSection(TrustedHostsKey);
        IEnumerable<string> hosts = section.GetChildren().Any()
            ? section.GetChildren().Select(c => c.Value ?? string.Empty)
            : section.Value is { } list ? list.Split(',', StringSplitOptions.RemoveEmptyEntries) : DefaultTrustedHosts;
        return new ServiceUrlPolicy(hosts, trustLoopback: environment.IsDevelopment());
    }

    /// <summary>Whether the bot may call <paramref name="serviceUrl"/>.</summary>
    public bool Trusts(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.UserInfo.Length > 0)
        {
            return false;
        }

        if (IsLoopback(uri))
        {
            return _loopback || Listed(uri.IdnHost);
        }

        // Anything on the network is reached over TLS only: the bot sends its app token with every call.
        return uri.Scheme == "https" && Listed(uri.IdnHost);
    }

    private bool Listed(string host)
    {
        var upper = host.TrimEnd('.').ToUpperInvariant();
        return _exactHosts.Contains(upper, StringComparer.Ordinal)
            || _hostSuffixes.Any(suffix => upper.EndsWith(suffix, StringComparison.Ordinal) && upper.Length > suffix.Length);
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
