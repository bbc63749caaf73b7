using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Legacy.History.Tests.Generation;

/// <summary>A small generated history answered by the simulated sink, with every exchange kept for the tests to look at.</summary>
public sealed class SmallHistory
{
    public static readonly DateOnly FirstDay = new(2026, 3, 2);

    // Raised rates so that a small history still holds every special fate several times.
    public static HistoryPlan Plan(int seed = 7) =>
        HistoryPlan.For(HistoryScale.Small, seed, FirstDay) with
        {
            Volumes = new ModeVolumes(Road: 12, Air: 30, Sea: 20, River: 12, Rail: 4),
            Rates = new HistoryRates(Amendment: 0.15, Cancellation: 0.08, Late: 0.25, Rejection: 0.2, Batched: 0.6),
        };

    public required HistoryGenerator Generator { get; init; }

    public required HistoryTotals Totals { get; init; }

    public required IReadOnlyList<HistoryExchange> Exchanges { get; init; }

    public static async Task<SmallHistory> GenerateAsync(HistoryPlan plan)
    {
        var generator = new HistoryGenerator(plan);
        var exchanges = new List<HistoryExchange>();
        var totals = await generator.RunAsync(new SimulatedSink(generator.Clients), observe: exchanges.Add);
        // Lanes run concurrently: put the exchanges back into the history's order.
        return new SmallHistory { Generator = generator, Totals = totals, Exchanges = exchanges.OrderBy(e => e.Sequence).ToList() };
    }
}
