using Microsoft.Extensions.Diagnostics.HealthChecks;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Hosting;

/// <summary>Ready when the store answers a trivial query.</summary>
internal sealed class StoreReadiness(CoreDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The core store does not answer.", e);
        }
    }
}
