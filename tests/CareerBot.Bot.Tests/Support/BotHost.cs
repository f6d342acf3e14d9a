using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Support;

/// <summary>
/// The real host (Program.cs) in memory, with settings for a test: in-memory storage unless told otherwise, the
/// Development environment unless told otherwise, and optionally a service replaced (a clock a test moves).
/// </summary>
internal sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _environment;
    private readonly Action<IServiceCollection>? _services;

    public BotHost(IDictionary<string, string?>? settings = null, string? environment = null, Action<IServiceCollection>? services = null)
    {
        _settings = new Dictionary<string, string?> { ["Storage:Provider"] = "memory" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _environment = environment;
        _services = services;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_environment is not null)
        {
            builder.UseEnvironment(_environment);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
