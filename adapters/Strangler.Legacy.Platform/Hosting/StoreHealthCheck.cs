using Microsoft.Extensions.Diagnostics.HealthChecks;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Platform.Hosting;

/// <summary>Readiness: the store answers a trivial query.</summary>
internal sealed class StoreHealthCheck(LegacyDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{database.Provider} store answers");
        }
        catch (Exception failure) when (failure is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{database.Provider} store does not answer", failure);
        }
    }
}
