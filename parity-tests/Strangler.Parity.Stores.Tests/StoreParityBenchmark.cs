using System.Diagnostics;
using Strangler.Contracts.CodeLists;
using Strangler.Parity.Stores.Rules;
using Xunit.Abstractions;

namespace Strangler.Parity.Stores.Tests;

/// <summary>
/// The whole store-parity path timed (legacy stores read and mapped, canonical forms, the core's store read, compared):
/// every unit over every day of the migrated history, one call per unit. Prints the rate; never asserts a time.
/// <c>STRANGLER_STORE_PARITY_SCALE=medium</c> runs a week of generated history (README, Performance).
/// </summary>
[Collection(nameof(MigratedHistoryCollection))]
public sealed class StoreParityBenchmark(MigratedHistory history, ITestOutputHelper output)
{
    [Fact]
    public async Task Store_parity_of_every_unit_over_the_whole_history_is_reconciled_and_its_rate_printed()
    {
        var parity = new StoreParity(StoreRuleSet.Declared);
        long records = 0;
        var watch = Stopwatch.StartNew();
        foreach (var unit in Enum.GetValues<CutoverUnit>())
        {
            var result = await parity.CompareAsync(history.LegacyStores, history.Core, unit, MigratedHistory.FirstDay, history.LastDay);
            Assert.True(result.Reconciled, $"{unit}: {result.Differences.Count} differences, {result.Quarantined.Count} quarantined");
            records += result.LegacyRecords;
            output.WriteLine($"{unit}: {result.LegacyRecords} records in {result.Elapsed.TotalSeconds:0.000} s ({result.LegacyRecords / result.Elapsed.TotalSeconds:0} records/s)");
        }

        watch.Stop();
        Assert.True(records > 0);
        output.WriteLine($"all units: {records} records (document versions) in {watch.Elapsed.TotalSeconds:0.000} s, {records / watch.Elapsed.TotalSeconds:0} records/s");
    }
}
