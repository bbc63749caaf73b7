using Strangler.Core.Ingest;
using Strangler.Core.Store.Database;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.Platform.Store;
using Strangler.Migration.Legacy;
using Strangler.Testing;

namespace Strangler.Parity.Stores.Tests;

/// <summary>
/// A generated legacy history in the stand-ins' SQLite stores (written through their own processors), and a new-core
/// store on PostgreSQL filled from it through the legacy readers and the core's bulk ingest (the backfill's path): two
/// products, two databases, the same documents.
/// </summary>
public sealed class MigratedHistory : IAsyncLifetime
{
    public static readonly DateOnly FirstDay = new(2026, 3, 2);

    private readonly PostgresDatabaseFixture _postgres = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "strangler-store-parity-" + Guid.NewGuid().ToString("N"));

    public HistoryStore Legacy => new(HistoryStore.Sqlite, _folder);

    public CoreDatabase Core { get; private set; } = null!;

    public HistoryTotals Totals { get; private set; } = null!;

    public int Quarantined { get; private set; }

    public DateOnly LastDay { get; private set; }

    public IReadOnlyList<LegacyStore> LegacyStores => [.. LegacyReaders.All.Select(reader => new LegacyStore(reader, async ct =>
    {
        using var database = new LegacyDatabase(StoreProvider.Sqlite, Legacy.ConnectionStringFor(reader.Interface.ToString().ToLowerInvariant()));
        return await database.OpenAsync(ct);
    }))];

    public async Task InitializeAsync()
    {
        // STRANGLER_STORE_PARITY_SCALE=medium measures a week of history (StoreParityBenchmark); the suite runs a small one.
        var plan = Environment.GetEnvironmentVariable("STRANGLER_STORE_PARITY_SCALE") == "medium"
            ? HistoryPlan.For(HistoryScale.Medium, seed: 11, FirstDay)
            : HistoryPlan.For(HistoryScale.Small, seed: 11, FirstDay) with
            {
                Volumes = new ModeVolumes(Road: 10, Air: 10, Sea: 12, River: 4, Rail: 4),
                Rates = new HistoryRates(Amendment: 0.2, Cancellation: 0.1, Late: 0.2, Rejection: 0.1, Batched: 0.5),
            };
        LastDay = plan.LastDay;
        var generator = new HistoryGenerator(plan);
        await using (var sink = await StandInSink.CreateAsync(Legacy, generator.Clients, HistoryInterfaces.All))
        {
            Totals = await generator.RunAsync(sink);
        }

        await _postgres.InitializeAsync();
        Core = new CoreDatabase(CoreStoreProvider.Postgres, _postgres.ConnectionString);
        await Core.MigrateAsync();
        var ingest = new BulkIngest(Core);
        foreach (var store in LegacyStores)
        {
            await using var connection = await store.OpenAsync(CancellationToken.None);
            var versions = new List<Strangler.Core.Model.Documents.DocumentVersion>();
            await foreach (var read in store.Reader.ReadAsync(connection, new LegacySelection(plan.FirstDay, plan.LastDay)))
            {
                if (read.Document is { } document)
                {
                    versions.AddRange(document.Versions.Select(v => v with { IssuedReference = document.Reference }));
                }
                else
                {
                    Quarantined++;
                }
            }

            if (versions.Count > 0)
            {
                await ingest.IngestAsync(versions);
            }
        }
    }

    public async Task DisposeAsync()
    {
        Core.Dispose();
        await _postgres.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
