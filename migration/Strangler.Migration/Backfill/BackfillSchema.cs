using FluentMigrator.Runner;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Core.Store.Database;

namespace Strangler.Migration.Backfill;

/// <summary>Creates the backfill's tables in the core's database (after the core's own migrations), on SQLite or PostgreSQL.</summary>
public static class BackfillSchema
{
    public static async Task MigrateAsync(CoreDatabase core, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(core);
        await core.MigrateAsync(cancellationToken);
        await Task.Run(() => MigrateUp(core.Provider, core.ConnectionString), cancellationToken);
    }

    private static void MigrateUp(CoreStoreProvider provider, string connectionString)
    {
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                _ = provider == CoreStoreProvider.Sqlite ? runner.AddSQLite() : runner.AddPostgres();
                runner.WithGlobalConnectionString(connectionString)
                    .WithVersionTable(new MigrationVersionTable())
                    .ScanIn(typeof(BackfillSchema).Assembly).For.Migrations();
            });

        using var provided = services.BuildServiceProvider(validateScopes: false);
        using var scope = provided.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }
}
