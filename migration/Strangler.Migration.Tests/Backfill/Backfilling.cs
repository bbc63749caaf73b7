using Strangler.Contracts.CodeLists;
using Strangler.Core.Store.Database;
using Strangler.Migration.Backfill;
using Strangler.Parity.Stores;
using Strangler.Parity.Stores.Rules;

namespace Strangler.Migration.Tests.Backfill;

/// <summary>Whole backfills as the worker runs them, and the store parity that proves them.</summary>
internal static class Backfilling
{
    public static readonly CutoverUnit[] Units = [CutoverUnit.Road, CutoverUnit.Air, CutoverUnit.Sea, CutoverUnit.River, CutoverUnit.Rail];

    /// <summary>Runs every chunk of every unit over the days; returns the outcomes in plan order.</summary>
    public static async Task<List<ChunkOutcome>> RunAllAsync(
        IChunkRunner runner, DateOnly firstDay, DateOnly lastDay, IEnumerable<Legacy.ILegacyDocumentReader>? readers = null)
    {
        var outcomes = new List<ChunkOutcome>();
        var all = readers?.ToList();
        foreach (var unit in Units)
        {
            foreach (var chunk in BackfillPlan.For(unit, firstDay, lastDay, all))
            {
                outcomes.Add(await runner.RunAsync(chunk));
            }
        }

        return outcomes;
    }

    /// <summary>Each unit and day that store parity does not find reconciled, with what it found.</summary>
    public static async Task<List<string>> UnreconciledAsync(IReadOnlyList<LegacyStore> legacy, CoreDatabase core, DateOnly firstDay, DateOnly lastDay)
    {
        var parity = new StoreParity(StoreRuleSet.Declared);
        var problems = new List<string>();
        foreach (var unit in Units)
        {
            for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
            {
                var result = await parity.CompareAsync(legacy, core, unit, day, day);
                if (!result.Reconciled)
                {
                    problems.Add($"{unit.Name()} {day:yyyy-MM-dd}: legacy {result.LegacyRecords}, core {result.CoreRecords}, " +
                        $"{result.Differences.Count} differences ({string.Join(", ", result.Differences.Take(3).Select(d => $"{d.Difference} {d.Key}"))}), " +
                        $"{result.Quarantined.Count} quarantined");
                }
            }
        }

        return problems;
    }
}
