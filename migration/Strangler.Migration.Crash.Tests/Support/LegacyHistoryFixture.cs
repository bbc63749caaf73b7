using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.Platform.Store;
using Strangler.Migration.Legacy;
using Strangler.Parity.Stores;

namespace Strangler.Migration.Crash.Tests.Support;

/// <summary>
/// A generated legacy history in the four stand-ins' SQLite stores, made once for the collection: the workers only read
/// it. Sized so a backfill of every unit keeps chunks in flight for tens of seconds on a 2-core machine.
/// </summary>
public sealed class LegacyHistoryFixture : IAsyncLifetime
{
    public const string Collection = "worker processes";

    private static readonly DateOnly FirstDay = new(2026, 3, 2);

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("strangler-crash-").FullName;

    public HistoryPlan Plan { get; } = HistoryPlan.For(HistoryScale.Small, seed: 7, FirstDay, days: 6)
        with { Volumes = new ModeVolumes(Road: 24, Air: 24, Sea: 24, River: 8, Rail: 8) };

    public HistoryStore Store => new(HistoryStore.Sqlite, Path.Combine(Directory, "legacy"));

    /// <summary>The engine's legacy settings for a worker process (<c>Migration:Legacy:*</c>).</summary>
    public IReadOnlyDictionary<string, string> WorkerEnvironment => new Dictionary<string, string>
    {
        ["Migration__Legacy__Provider"] = "Sqlite",
        ["Migration__Legacy__Gets"] = Store.ConnectionStringFor("gets"),
        ["Migration__Legacy__Eman"] = Store.ConnectionStringFor("eman"),
        ["Migration__Legacy__Rocars"] = Store.ConnectionStringFor("rocars"),
        ["Migration__Legacy__Accs"] = Store.ConnectionStringFor("accs"),
    };

    /// <summary>The legacy stores as store parity reads them.</summary>
    public IReadOnlyList<LegacyStore> ParityStores() => [.. LegacyReaders.All.Select(reader => new LegacyStore(reader, async ct =>
    {
        using var database = new LegacyDatabase(StoreProvider.Sqlite, Store.ConnectionStringFor(reader.Interface.ToString().ToLowerInvariant()));
        return await database.OpenAsync(ct);
    }))];

    public async Task InitializeAsync()
    {
        var generator = new HistoryGenerator(Plan);
        await using var sink = await StandInSink.CreateAsync(Store, generator.Clients, HistoryInterfaces.All);
        var totals = await generator.RunAsync(sink);
        if (totals.Unexpected != 0)
        {
            throw new InvalidOperationException($"the generated history had {totals.Unexpected} unexpected answers");
        }
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}
