using Microsoft.Extensions.Configuration;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Store.Database;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.Platform.Store;
using Strangler.Migration.Hosting;
using Strangler.Migration.Legacy;
using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Scheduling;
using Strangler.Migration.Worker.Tests.Support;
using Strangler.Parity.Stores;
using Strangler.Parity.Stores.Rules;

namespace Strangler.Migration.Worker.Tests;

/// <summary>
/// The worker as the run command starts it: Quartz on SQLite, the real backfill engine (legacy readers, bulk ingest,
/// checkpoints) configured under <c>Migration:</c>, a generated legacy history in the stand-ins' SQLite stores and an
/// empty new-core store. Every unit backfilled through the admin API ends reconciled by store parity.
/// </summary>
[Collection(ProcessMetrics.Collection)]
public sealed class EngineBackfillTests : IDisposable
{
    private static readonly DateOnly FirstDay = new(2026, 3, 2);
    private readonly string _directory = Directory.CreateTempSubdirectory("strangler-engine-").FullName;

    [Fact]
    public async Task Every_unit_backfilled_by_the_worker_is_reconciled_with_legacy()
    {
        var legacy = new HistoryStore(HistoryStore.Sqlite, Path.Combine(_directory, "legacy"));
        var plan = HistoryPlan.For(HistoryScale.Small, seed: 5, FirstDay) with { Volumes = new ModeVolumes(Road: 6, Air: 6, Sea: 6, River: 2, Rail: 2) };
        var generator = new HistoryGenerator(plan);
        await using (var sink = await StandInSink.CreateAsync(legacy, generator.Clients, HistoryInterfaces.All))
        {
            Assert.Equal(0, (await generator.RunAsync(sink)).Unexpected);
        }

        var coreFile = Path.Combine(_directory, "core.db");
        using (var core = new CoreDatabase(CoreStoreProvider.Sqlite, $"Data Source={coreFile}"))
        {
            await core.MigrateAsync();
        }

        var settings = new Dictionary<string, string?>
        {
            ["Migration:Core:Provider"] = "Sqlite",
            ["Migration:Core:ConnectionString"] = $"Data Source={coreFile};Default Timeout=60",
            ["Migration:Legacy:Provider"] = "Sqlite",
            ["Migration:Legacy:Gets"] = legacy.ConnectionStringFor("gets"),
            ["Migration:Legacy:Eman"] = legacy.ConnectionStringFor("eman"),
            ["Migration:Legacy:Rocars"] = legacy.ConnectionStringFor("rocars"),
            ["Migration:Legacy:Accs"] = legacy.ConnectionStringFor("accs"),
        };
        await using (var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, $"Data Source={Path.Combine(_directory, "scheduler.db")};Default Timeout=60", 2,
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Services.AddBackfillEngine(builder.Configuration);
            }))
        {
            foreach (var unit in Enum.GetValues<CutoverUnit>())
            {
                await worker.PostAsync($"/admin/v1/backfill/{unit.Name()}/start", new { firstDay = plan.FirstDay.ToString("yyyy-MM-dd"), lastDay = plan.LastDay.ToString("yyyy-MM-dd") });
            }

            foreach (var unit in Enum.GetValues<CutoverUnit>())
            {
                var progress = await worker.WaitForAsync(unit.Name(), p => p.State == UnitState.Completed);
                Assert.Equal(0, progress.ChunksFailed);
            }
        }

        using var coreStore = new CoreDatabase(CoreStoreProvider.Sqlite, $"Data Source={coreFile}");
        var stores = LegacyReaders.All.Select(reader => new LegacyStore(reader, async ct =>
        {
            using var database = new LegacyDatabase(StoreProvider.Sqlite, legacy.ConnectionStringFor(reader.Interface.ToString().ToLowerInvariant()));
            return await database.OpenAsync(ct);
        })).ToList();
        long compared = 0;
        foreach (var unit in Enum.GetValues<CutoverUnit>())
        {
            var parity = await new StoreParity(StoreRuleSet.Declared).CompareAsync(stores, coreStore, unit, plan.FirstDay, plan.LastDay);
            Assert.True(parity.Reconciled, $"{unit}: {parity.Differences.Count} differences, {parity.Quarantined.Count} quarantined");
            compared += parity.CoreRecords;
        }

        Assert.True(compared >= plan.Volumes.Total, $"{compared} records in the core");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
