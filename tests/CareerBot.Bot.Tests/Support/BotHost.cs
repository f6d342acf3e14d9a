using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Bot.Tests.Support;

/// <summary>The real host (Program.cs) in memory, with settings for a test: in-memory storage unless told otherwise.</summary>
internal sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BotHost(IDictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?> { ["Storage:Provider"] = "memory" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
