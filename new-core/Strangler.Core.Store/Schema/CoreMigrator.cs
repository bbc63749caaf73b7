using FluentMigrator.Runner;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Store.Schema;

/// <summary>Runs the core's FluentMigrator migrations (the store's and its modules') up to the latest.</summary>
internal static class CoreMigrator
{
    public static void MigrateUp(CoreStoreProvider provider, string connectionString, System.Reflection.Assembly[] assemblies)
    {
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                _ = provider == CoreStoreProvider.Sqlite ? runner.AddSQLite() : runner.AddPostgres();
                runner.WithGlobalConnectionString(connectionString)
                    .WithVersionTable(new CoreVersionTable())
                    .ScanIn(assemblies.Distinct().ToArray()).For.Migrations();
            });

        using var runnerServices = services.BuildServiceProvider(validateScopes: false);
        using var scope = runnerServices.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }
}
