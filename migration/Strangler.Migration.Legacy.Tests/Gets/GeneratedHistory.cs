using Microsoft.Data.Sqlite;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Migration.Legacy.Tests.Gets;

/// <summary>
/// A small generated history of GETS and EMAN in a temporary SQLite folder, written once for the collection, with the
/// documents the run reports as stored: each accepted original's reference, mode and Hong Kong day.
/// </summary>
public sealed class GeneratedHistory : IAsyncLifetime
{
    public static readonly DateOnly FirstDay = new(2026, 3, 2);

    private readonly string folder = Directory.CreateTempSubdirectory("legacy-readers-").FullName;

    public HistoryStore Store => new(HistoryStore.Sqlite, folder);

    public HistoryTotals Totals { get; private set; } = null!;

    public List<(HistoryInterface Interface, string Reference, TransportMode Mode, DateOnly Day)> Originals { get; } = [];

    public async Task InitializeAsync()
    {
        var plan = HistoryPlan.For(HistoryScale.Small, seed: 11, FirstDay) with
        {
            Volumes = new ModeVolumes(Road: 4, Air: 10, Sea: 10, River: 6, Rail: 4),
            Rates = new HistoryRates(Amendment: 0.2, Cancellation: 0.1, Late: 0.2, Rejection: 0.1, Batched: 0.5),
        };
        var generator = new HistoryGenerator(plan);
        var exchanges = new List<HistoryExchange>();
        await using (var sink = await StandInSink.CreateAsync(Store, generator.Clients, [HistoryInterface.Gets, HistoryInterface.Eman]))
        {
            Totals = await generator.RunAsync(sink, observe: e => { lock (exchanges) { exchanges.Add(e); } });
        }

        foreach (var exchange in exchanges.Where(e => e.Request.Interface is HistoryInterface.Gets or HistoryInterface.Eman))
        {
            foreach (var outcome in exchange.Documents.Where(d => d.Accepted && d.Reference is not null &&
                !d.Intent.Kind.IsAmendment() && !d.Intent.Kind.IsCancellation()))
            {
                Originals.Add((exchange.Request.Interface, outcome.Reference!, outcome.Intent.Unit.Mode(), HongKongTime.Date(exchange.Request.ReceivedAt)));
            }
        }
    }

    public string ConnectionStringFor(string standIn) => Store.ConnectionStringFor(standIn);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class GeneratedHistoryCollection : ICollectionFixture<GeneratedHistory>
{
    public const string Name = "generated legacy history";
}
