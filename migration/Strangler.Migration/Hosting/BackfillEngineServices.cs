using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;
using Strangler.Migration.Backfill;
using Strangler.Migration.Legacy;
using Strangler.Migration.Reconciliation;
using Strangler.Parity.Stores;

namespace Strangler.Migration.Hosting;

/// <summary>
/// Registers the backfill engine (<see cref="IChunkRunner"/>, <see cref="CatchUp"/>, the throttle, the <see cref="Reconciler"/>)
/// from <c>Migration:</c> configuration.
/// </summary>
public static class BackfillEngineServices
{
    public static IServiceCollection AddBackfillEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Migration").Get<BackfillEngineOptions>() ?? new BackfillEngineOptions();
        var problems = Problems(options, configuration);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Migration configuration: " + string.Join("; ", problems));
        }

        services.AddSingleton(options);
        services.AddSingleton(_ => new CoreDatabase(
            options.Core.Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) ? CoreStoreProvider.Postgres : CoreStoreProvider.Sqlite,
            options.Core.ConnectionString));
        services.AddSingleton<IReadOnlyList<LegacyStore>>(_ => LegacyStores(options.Legacy));
        services.AddSingleton(sp => new Throttle(options.Throttle, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IChunkRunner>(sp => new ChunkRunner(
            sp.GetRequiredService<CoreDatabase>(), sp.GetRequiredService<IReadOnlyList<LegacyStore>>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Throttle>()));
        var reconciliation = configuration.GetSection(ReconciliationOptions.SectionName).Get<ReconciliationOptions>() ?? new ReconciliationOptions();
        services.AddSingleton(reconciliation);
        services.AddSingleton(sp => new CatchUp(
            sp.GetRequiredService<CoreDatabase>(), sp.GetRequiredService<IReadOnlyList<LegacyStore>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ReconciliationStore(sp.GetRequiredService<CoreDatabase>()));
        services.AddSingleton(sp => new Reconciler(
            sp.GetRequiredService<CoreDatabase>(), sp.GetRequiredService<IReadOnlyList<LegacyStore>>(), sp.GetRequiredService<CatchUp>(),
            sp.GetRequiredService<ReconciliationStore>(), reconciliation, sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<BackfillSchemaStartup>();
        return services;
    }

    private static List<string> Problems(BackfillEngineOptions options, IConfiguration configuration)
    {
        var problems = new List<string>();
        if (!IsProvider(options.Core.Provider) || string.IsNullOrWhiteSpace(options.Core.ConnectionString))
        {
            problems.Add("Core:Provider (Sqlite or Postgres) and Core:ConnectionString are required");
        }

        if (!IsProvider(options.Legacy.Provider) ||
            new[] { options.Legacy.Gets, options.Legacy.Eman, options.Legacy.Rocars, options.Legacy.Accs }.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("Legacy:Provider (Sqlite or Postgres) and Legacy:Gets, Eman, Rocars, Accs connection strings are required");
        }

        problems.AddRange(options.Throttle.Validate());
        var reconciliation = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var settings = configuration.GetSection(ReconciliationOptions.SectionName).Get<ReconciliationOptions>() ?? new ReconciliationOptions();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(settings, new(settings), reconciliation, validateAllProperties: true))
        {
            problems.AddRange(reconciliation.Select(r => "Reconciliation: " + r.ErrorMessage));
        }

        return problems;
    }

    private static bool IsProvider(string provider) =>
        provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) || provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<LegacyStore> LegacyStores(BackfillEngineOptions.LegacySettings legacy)
    {
        // Provider-neutral from here on: the readers see a DbConnection (Oracle would be one more factory).
        DbProviderFactory factory = legacy.Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) ? NpgsqlFactory.Instance : SqliteFactory.Instance;
        return [.. LegacyReaders.All.Select(reader =>
        {
            var connectionString = reader.Interface switch
            {
                SourceInterface.Gets => legacy.Gets,
                SourceInterface.Eman => legacy.Eman,
                SourceInterface.Rocars => legacy.Rocars,
                _ => legacy.Accs,
            };
            return new LegacyStore(reader, async ct =>
            {
                var connection = factory.CreateConnection()!;
                connection.ConnectionString = connectionString;
                await connection.OpenAsync(ct);
                return connection;
            });
        })];
    }

    /// <summary>Creates the backfill's tables in the core's database before the scheduler starts running chunks.</summary>
    private sealed class BackfillSchemaStartup(CoreDatabase core) : IHostedLifecycleService
    {
        public Task StartingAsync(CancellationToken cancellationToken) => BackfillSchema.MigrateAsync(core, cancellationToken);

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
