using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.Platform.Store;
using Strangler.Migration.Legacy;
using Strangler.Parity.Stores;

namespace Strangler.Migration.Tests.Support;

/// <summary>
/// A generated legacy history in the four stand-ins' SQLite stores (written through their own processors), shared
/// read-only by the tests of a collection; <see cref="CopyAsync"/> gives a test its own copy to damage.
/// </summary>
public sealed class LegacyHistory : IAsyncLifetime
{
    public static readonly DateOnly FirstDay = new(2026, 3, 2);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "strangler-backfill-" + Guid.NewGuid().ToString("N"));

    public DateOnly LastDay { get; private set; }

    public IReadOnlyList<LegacyStore> Stores => StoresIn(Folder, LegacyReaders.All);

    public static HistoryPlan Plan(int days) =>
        HistoryPlan.For(HistoryScale.Small, seed: 7, FirstDay, days) with
        {
            Volumes = new ModeVolumes(Road: 8, Air: 8, Sea: 8, River: 3, Rail: 3),
            Rates = new HistoryRates(Amendment: 0.25, Cancellation: 0.1, Late: 0.2, Rejection: 0.1, Batched: 0.5),
        };

    /// <summary>The stores of <paramref name="readers"/>' interfaces in <paramref name="folder"/> (gets.db, eman.db, rocars.db, accs.db).</summary>
    public static IReadOnlyList<LegacyStore> StoresIn(string folder, IEnumerable<ILegacyDocumentReader> readers)
    {
        var store = new HistoryStore(HistoryStore.Sqlite, folder);
        return [.. readers.Select(reader => new LegacyStore(reader, async ct =>
        {
            using var database = new LegacyDatabase(StoreProvider.Sqlite, store.ConnectionStringFor(reader.Interface.ToString().ToLowerInvariant()));
            return await database.OpenAsync(ct);
        }))];
    }

    public async Task InitializeAsync()
    {
        var plan = Plan(days: 2);
        LastDay = plan.LastDay;
        var generator = new HistoryGenerator(plan);
        await using var sink = await StandInSink.CreateAsync(new HistoryStore(HistoryStore.Sqlite, Folder), generator.Clients, HistoryInterfaces.All);
        var totals = await generator.RunAsync(sink);
        Assert.Equal(0, totals.Unexpected);
    }

    /// <summary>A copy of the stores in a folder of its own (the caller deletes it).</summary>
    public string Copy()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var copy = Path.Combine(Path.GetTempPath(), "strangler-backfill-copy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Folder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class LegacyHistoryCollection : ICollectionFixture<LegacyHistory>
{
    public const string Name = "legacy history";
}
