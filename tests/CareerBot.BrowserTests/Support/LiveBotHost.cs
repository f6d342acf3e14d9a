using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.BrowserTests.Support;

/// <summary>
/// The real host (Program.cs) on a real Kestrel server at 127.0.0.1 and a free port — a browser cannot reach
/// WebApplicationFactory's in-memory TestServer. Development, so the page and Direct Line are on; memory storage.
/// </summary>
internal sealed class LiveBotHost : WebApplicationFactory<Program>
{
    public LiveBotHost() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>http://127.0.0.1:PORT (no trailing slash).</summary>
    public Uri Address { get; private set; } = null!;

    public static LiveBotHost Start()
    {
        var host = new LiveBotHost();
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        host.Address = new Uri(address);
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Storage:Provider", "memory");
    }
}
