using CareerBot.Application.Documents;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Bot.Storage;

/// <summary>Ready means the state store answers: a bot that cannot load state cannot hold an interview.</summary>
public sealed class StorageHealthCheck : IHealthCheck
{
    private static readonly string[] ProbeKey = ["careerbot/readiness-probe"];

    private readonly IDocumentStore _store;

    public StorageHealthCheck(IDocumentStore store) => _store = store;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await _store.ReadAsync(ProbeKey, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("storage reachable");
        }
#pragma warning disable CA1031 // Any failure to read state means not ready; the reason goes to the report.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("storage unreachable: " + e.GetType().Name, e);
        }
    }
}
