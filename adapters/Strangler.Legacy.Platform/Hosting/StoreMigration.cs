using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Strangler.Legacy.Platform.Schema;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Platform.Hosting;

/// <summary>Brings the store up to date before the server takes requests (hosted services start before Kestrel).</summary>
internal sealed class StoreMigration(IStandIn standIn, LegacyDatabase database, ILoggerFactory loggerFactory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.PrepareAsync(cancellationToken);
        await Task.Run(
            () => SchemaMigrator.MigrateUp(database.Provider, database.ConnectionString, standIn.MigrationsAssembly, standIn.TablePrefix, loggerFactory),
            cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
