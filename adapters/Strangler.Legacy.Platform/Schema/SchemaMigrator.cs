using System.Reflection;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using FluentMigrator.Runner.Logging;
using FluentMigrator.Runner.Processors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Platform.Schema;

/// <summary>
/// Runs a stand-in's FluentMigrator migrations against its store, and prints the same migrations as Oracle DDL
/// without any connection (the reference for the real legacy databases, <c>deploy/oracle/&lt;name&gt;.sql</c>).
/// Identifiers are left unquoted on PostgreSQL, so hand-written SQL can name <c>GTS_…</c> tables unquoted on
/// every provider.
/// </summary>
public static class SchemaMigrator
{
    public static void MigrateUp(StoreProvider provider, string connectionString, Assembly migrations, string tablePrefix,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                _ = provider == StoreProvider.Sqlite ? runner.AddSQLite() : runner.AddPostgres();
                runner.WithGlobalConnectionString(connectionString)
                    .WithVersionTable(new LegacyVersionTable(tablePrefix))
                    .ScanIn(migrations).For.Migrations();
            })
            .Configure<ProcessorOptions>(options => options.ProviderSwitches = "Force Quote=false");
        if (loggerFactory is not null)
        {
            services.AddSingleton(loggerFactory);
        }

        using var runnerServices = services.BuildServiceProvider(validateScopes: false);
        using var scope = runnerServices.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    /// <summary>The Oracle DDL of every migration in <paramref name="migrations"/>, made without a database.</summary>
    public static string OracleDdl(Assembly migrations, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        using var script = new StringWriter { NewLine = "\n" };
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => runner.AddOracle12CManaged()
                .WithVersionTable(new LegacyVersionTable(tablePrefix))
                .ScanIn(migrations).For.Migrations())
            .Configure<RunnerOptions>(options => options.NoConnection = true)
            .Configure<ProcessorOptions>(options => options.PreviewOnly = true)
            .AddLogging(logging => logging.ClearProviders().AddProvider(
                new SqlScriptFluentMigratorLoggerProvider(script, new SqlScriptFluentMigratorLoggerOptions
                {
                    ShowSql = true,
                    OutputSemicolonDelimiter = false, // the Oracle generator ends statements itself
                }, disposeWriter: false)));

        using (var provider = services.BuildServiceProvider(validateScopes: false))
        using (var scope = provider.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
        }

        // FluentMigrator writes DateTime columns as TIMESTAMP(4); the legacy Oracle systems keep Hong Kong local
        // time to the second in DATE columns, which is what the stores hold on every provider.
        return script.ToString().Replace(" TIMESTAMP(4)", " DATE", StringComparison.Ordinal);
    }
}
