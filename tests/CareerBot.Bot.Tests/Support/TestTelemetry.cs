using System.Diagnostics.Metrics;
using CareerBot.Bot.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Support;

internal static class TestTelemetry
{
    /// <summary>Telemetry on a meter factory of its own, so a test's measurements are not mixed with another's.</summary>
    public static BotTelemetry Create() => new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
}
