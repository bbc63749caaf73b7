using Strangler.Contracts.CodeLists;
using Strangler.Migration.Worker.Progress;
using Strangler.Parity.Stores;
using Strangler.Parity.Stores.Rules;
using Xunit.Abstractions;

namespace Strangler.Migration.Crash.Tests.Support;

/// <summary>
/// The final checks after a backfill of every unit: every chunk done once in the core (one checkpoint each, none
/// failed), no duplicate anywhere in the core, and store parity reconciled per unit with as many core versions as
/// legacy versions.
/// </summary>
internal static class FinalChecks
{
    /// <summary>Asserts everything; <paramref name="context"/> (seed, logs) goes into every failure message.</summary>
    public static async Task<CoreCounts> AssertReconciledWithoutDuplicatesAsync(
        LegacyHistoryFixture history, BackfillDatabases databases, ITestOutputHelper output, Func<string> context)
    {
        var units = Enum.GetValues<CutoverUnit>();
        var plannedChunks = units.Length * 4 * history.Plan.Days;
        var chunks = await databases.ChunksAsync();
        Assert.True(chunks.Count == plannedChunks, $"{chunks.Count} chunk rows, {plannedChunks} planned\n{context()}");
        var notDone = chunks.Where(c => c.State != ChunkState.Done || c.Failures != 0).ToList();
        Assert.True(notDone.Count == 0, $"chunks not done or with failures: {string.Join("; ", notDone)}\n{context()}");

        var counts = await databases.CoreCountsAsync();
        output.WriteLine($"core: {counts}");
        var problems = new List<string>();
        void Expect(long expected, long actual, string what)
        {
            if (expected != actual)
            {
                problems.Add($"{what}: expected {expected}, found {actual}");
            }
        }

        Expect(counts.Documents, counts.DistinctReferences, "documents vs distinct references");
        Expect(counts.Versions, counts.DistinctReferenceVersions, "versions vs distinct (reference, version number)");
        Expect(counts.Versions, counts.Events, "events (one per version)");
        Expect(0, counts.VersionsWithSeveralEvents, "versions with more than one event");
        Expect(0, counts.VersionsWithoutEvent, "versions without an event");
        Expect(0, counts.HeadsNotAtLatestVersion, "documents whose head is not their latest version");
        Expect(plannedChunks, counts.Checkpoints, "checkpoint rows");
        Expect(plannedChunks, counts.DistinctCheckpointChunks, "distinct checkpoint chunk ids");
        Expect(counts.Versions, counts.CheckpointInserted, "versions inserted by the checkpoints' own count");
        Expect(0, counts.CheckpointSkipped, "versions skipped (already stored before their chunk)");
        Expect(0, counts.CheckpointConflicts, "conflicts counted by checkpoints");
        Expect(0, counts.Conflicts, "conflict rows");
        Expect(0, counts.Quarantined, "quarantined records");
        var checkpointIds = await databases.CheckpointChunkIdsAsync();
        if (!checkpointIds.SequenceEqual(chunks.Select(c => c.ChunkId).Order(StringComparer.Ordinal)))
        {
            problems.Add("the checkpoints' chunk ids are not the planned chunk ids");
        }

        using var core = databases.Core();
        var stores = history.ParityStores();
        long coreRecords = 0;
        foreach (var unit in units)
        {
            var parity = await new StoreParity(StoreRuleSet.Declared).CompareAsync(stores, core, unit, history.Plan.FirstDay, history.Plan.LastDay);
            output.WriteLine($"store parity {unit.Name()}: legacy {parity.LegacyRecords}, core {parity.CoreRecords}, differences {parity.Differences.Count}, quarantined {parity.Quarantined.Count}");
            if (!parity.Reconciled)
            {
                problems.Add($"{unit.Name()} not reconciled: {parity.Differences.Count} differences ({string.Join("; ", parity.Differences.Take(5))}), {parity.Quarantined.Count} quarantined");
            }

            Expect(parity.LegacyRecords, parity.CoreRecords, $"{unit.Name()}: core versions vs legacy versions");
            coreRecords += parity.CoreRecords;
        }

        Expect(counts.Versions, coreRecords, "core versions counted by store parity over all units vs versions in the core");
        Assert.True(problems.Count == 0, $"{string.Join("\n", problems)}\ncore: {counts}\n{context()}");
        Assert.True(counts.Versions > 0, $"the core holds no version\n{context()}");
        return counts;
    }
}
