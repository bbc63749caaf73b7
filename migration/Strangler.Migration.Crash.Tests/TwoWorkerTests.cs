using System.Diagnostics;
using Strangler.Contracts.CodeLists;
using Strangler.Migration.Crash.Tests.Support;
using Strangler.Migration.Worker.Progress;
using Xunit.Abstractions;

namespace Strangler.Migration.Crash.Tests;

/// <summary>
/// Issue 7's "two workers run together and each chunk is done once": two worker processes on one clustered PostgreSQL
/// scheduler backfill every unit; each chunk runs exactly once, both nodes run chunks, and the core reconciles.
/// </summary>
[Collection(LegacyHistoryFixture.Collection)]
public sealed class TwoWorkerTests(LegacyHistoryFixture history, ITestOutputHelper output)
{
    [Fact]
    public async Task Two_workers_share_the_backfill_and_each_chunk_runs_once()
    {
        var total = Stopwatch.StartNew();
        await using var databases = await BackfillDatabases.CreateAsync();
        using var cluster = new WorkerCluster(databases, databases.WorkerEnvironment(history.WorkerEnvironment, concurrency: 2, misfireThreshold: TimeSpan.FromSeconds(1)));
        string Context() => cluster.Tails();

        var started = await cluster.StartAsync("worker-a", "worker-b");
        var nodes = started.Select(s => s.Node).Order(StringComparer.Ordinal).ToList();
        foreach (var unit in Enum.GetValues<CutoverUnit>())
        {
            await started[0].Worker.StartUnitAsync(unit.Name(), history.Plan.FirstDay, history.Plan.LastDay);
        }

        await cluster.WaitForAllUnitsCompletedAsync(Context);
        var elapsed = total.Elapsed;
        var progress = await started[1].Worker.ProgressAsync();
        Assert.True(progress.All(p => p.State == UnitState.Completed && p.ChunksFailed == 0 && p.ChunksDone == p.ChunksPlanned),
            $"progress: {string.Join("; ", progress)}\n{Context()}");
        Assert.Equal(0, await cluster.WaitForNoFiredTriggersAsync());
        Assert.All(cluster.Started, w => Assert.False(w.HasExited, $"{w.Name} exited\n{w.Tail()}"));

        var chunks = await databases.ChunksAsync();
        var twice = chunks.Where(c => c.Attempts != 1).ToList();
        Assert.True(twice.Count == 0, $"chunks not run exactly once: {string.Join("; ", twice)}\n{Context()}");
        var byNode = chunks.GroupBy(c => c.Worker ?? "(none)").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(nodes, byNode.Keys.Order(StringComparer.Ordinal).ToList());
        var counts = await FinalChecks.AssertReconciledWithoutDuplicatesAsync(history, databases, output, Context);
        // The worker's own verdict: each unit's reconciliation job (scheduled when its backfill completed) found nothing
        // unexplained, and that is what the facade's gate would read.
        foreach (var unit in Enum.GetValues<CutoverUnit>())
        {
            var status = await started[1].Worker.WaitForReconciliationAsync(unit.Name());
            Assert.True(status.Reconciled, $"{unit.Name()}: {status.Reason}\n{Context()}");
            Assert.Equal(status.Latest!.LegacyRecords, status.Latest.CoreRecords);
        }

        cluster.Passed = true;
        output.WriteLine($"two workers: chunks {chunks.Count} ({string.Join(", ", byNode.Select(n => $"{n.Key}: {n.Value}"))}), " +
            $"versions {counts.Versions}, backfill {elapsed.TotalSeconds:F1} s, total {total.Elapsed.TotalSeconds:F1} s");
    }
}
