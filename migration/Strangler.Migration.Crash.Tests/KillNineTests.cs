using System.Diagnostics;
using System.Globalization;
using Strangler.Contracts.CodeLists;
using Strangler.Migration.Crash.Tests.Support;
using Strangler.Migration.Worker.Progress;
using Xunit.Abstractions;

namespace Strangler.Migration.Crash.Tests;

/// <summary>
/// Issue 7's crash evidence: the worker process is killed with <c>kill -9</c> at random moments while it backfills
/// every unit, a new process (a new Quartz node) is started each time, and Quartz's cluster recovery hands the dead
/// node's chunks back. The delays come from a seeded <see cref="Random"/> (<c>STRANGLER_CRASH_SEED</c> repeats them).
/// </summary>
[Collection(LegacyHistoryFixture.Collection)]
public sealed class KillNineTests(LegacyHistoryFixture history, ITestOutputHelper output)
{
    private const int Kills = 10;
    private const int MinimumKillsDuringRunningChunks = 5;
    private const int ThrottleRecordsPerSecond = 20;

    [Fact]
    public async Task Backfill_killed_at_random_moments_ends_reconciled_without_duplicates()
    {
        var seed = Environment.GetEnvironmentVariable("STRANGLER_CRASH_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next(1, int.MaxValue);
        output.WriteLine($"seed {seed} (STRANGLER_CRASH_SEED={seed} repeats the delays)");
        var random = new Random(seed);
        var total = Stopwatch.StartNew();
        var kills = 0;
        var killsDuringRunningChunks = 0;
        var killedMidChunk = new List<string>();

        await using var databases = await BackfillDatabases.CreateAsync();
        var environment = databases.WorkerEnvironment(history.WorkerEnvironment, concurrency: 2, misfireThreshold: TimeSpan.FromSeconds(1));
        // The engine's throttle puts a floor under the backfill's length whatever the machine's speed, so ten kill cycles
        // (each a restart and a few seconds of work) always land before the end; back-off off (a loaded machine's read
        // latency would otherwise slow it to a crawl).
        environment["Migration__Throttle__RecordsPerSecond"] = ThrottleRecordsPerSecond.ToString(CultureInfo.InvariantCulture);
        environment["Migration__Throttle__Burst"] = ThrottleRecordsPerSecond.ToString(CultureInfo.InvariantCulture);
        environment["Migration__Throttle__LatencyFactor"] = "1000";
        using var cluster = new WorkerCluster(databases, environment);
        string Context() => $"seed {seed}; kills {kills}, during running chunks {killsDuringRunningChunks}\n{cluster.Tails()}";

        var (worker, node) = (await cluster.StartAsync("worker-00"))[0];
        foreach (var unit in Enum.GetValues<CutoverUnit>())
        {
            await worker.StartUnitAsync(unit.Name(), history.Plan.FirstDay, history.Plan.LastDay);
        }

        while (kills < Kills)
        {
            // A random moment; then, to aim kills at work in flight, up to 0–2 s (random) more until this node runs a chunk.
            await Task.Delay(random.Next(200, 2500));
            await WaitForRunningChunkAsync(databases, node, TimeSpan.FromSeconds(random.Next(0, 3)));
            var units = await databases.UnitStatesAsync();
            Assert.True(units.Values.Any(s => s != UnitState.Completed),
                $"the backfill completed after {kills} kills: the generated history is too small for {Kills}\n{Context()}");

            worker.KillHard();
            kills++;
            // Rows still running under the dead node were in flight when it died (its own update never came).
            var rows = await databases.ChunksAsync();
            var inFlight = rows.Where(c => c.State == ChunkState.Running && c.Worker == node).ToList();
            if (inFlight.Count > 0)
            {
                killsDuringRunningChunks++;
                killedMidChunk.AddRange(inFlight.Select(c => c.ChunkId));
            }

            output.WriteLine($"{total.Elapsed.TotalSeconds,6:F1} s: kill -9 {worker.Name} (pid {worker.Pid}, node {node}): {inFlight.Count} chunk(s) running, " +
                $"{rows.Count(c => c.State == ChunkState.Done)} of {rows.Count} done");
            if (kills == Kills)
            {
                // The floor is needed only while kills come: the last node runs the rest at full speed.
                cluster.Environment.Remove("Migration__Throttle__RecordsPerSecond");
                cluster.Environment.Remove("Migration__Throttle__Burst");
            }

            (worker, node) = (await cluster.StartAsync($"worker-{kills:D2}"))[0];
        }

        await cluster.WaitForAllUnitsCompletedAsync(Context);
        var progress = await worker.ProgressAsync();
        Assert.True(progress.All(p => p.State == UnitState.Completed && p.ChunksFailed == 0 && p.ChunksDone == p.ChunksPlanned && p.ChunksRunning == 0),
            $"progress: {string.Join("; ", progress)}\n{Context()}");
        var leftFired = await cluster.WaitForNoFiredTriggersAsync();
        Assert.True(leftFired == 0, $"{leftFired} fired triggers left in Quartz after completion\n{Context()}");

        var chunks = await databases.ChunksAsync();
        var recovered = killedMidChunk.Distinct().ToList();
        // Every chunk a kill interrupted ran again to done on a later node, handed back by Quartz's recovery.
        Assert.All(recovered, id => Assert.Contains(chunks, c => c.ChunkId == id && c.State == ChunkState.Done && c.Attempts >= 2));
        var doneByRecovery = cluster.ChunksDoneByRecovery();
        Assert.True(recovered.All(doneByRecovery.Contains),
            $"cut off but not finished by a recovery firing: {string.Join(", ", recovered.Where(id => !doneByRecovery.Contains(id)))}\n{Context()}");
        Assert.True(killsDuringRunningChunks >= MinimumKillsDuringRunningChunks,
            $"only {killsDuringRunningChunks} of {kills} kills hit a running chunk\n{Context()}");

        // Each run a kill cut off counted an attempt, and each chunk's finishing run one more; anything beyond is a done
        // chunk whose node died before Quartz forgot the firing, run again by recovery (harmless: the engine is idempotent).
        var attempts = chunks.Sum(c => c.Attempts);
        var rerunsOfDoneChunks = attempts - chunks.Count - killedMidChunk.Count;
        Assert.True(rerunsOfDoneChunks >= 0, $"{attempts} attempts for {chunks.Count} chunks and {killedMidChunk.Count} runs cut off\n{Context()}");

        var counts = await FinalChecks.AssertReconciledWithoutDuplicatesAsync(history, databases, output, Context);
        // The worker's own verdict: each unit's reconciliation job (scheduled when its backfill completed) found nothing
        // unexplained, and that is what the facade's gate would read.
        foreach (var unit in Enum.GetValues<CutoverUnit>())
        {
            var status = await worker.WaitForReconciliationAsync(unit.Name());
            Assert.True(status.Reconciled, $"{unit.Name()}: {status.Reason}\n{Context()}");
            Assert.Equal(status.Latest!.LegacyRecords, status.Latest.CoreRecords);
        }

        cluster.Passed = true;
        output.WriteLine($"seed {seed}: kills {kills}, kills during running chunks {killsDuringRunningChunks} ({killedMidChunk.Count} runs cut off, " +
            $"{recovered.Count} chunks), restarts {kills}, worker processes {cluster.Started.Count}, chunks {chunks.Count} (attempts {attempts}, " +
            $"re-runs of done chunks {rerunsOfDoneChunks}, finished by recovery {doneByRecovery.Count}, " +
            $"run more than once {chunks.Count(c => c.Attempts > 1)}, nodes {chunks.Select(c => c.Worker).Distinct().Count()}), " +
            $"versions {counts.Versions}, total {total.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task WaitForRunningChunkAsync(BackfillDatabases databases, string node, TimeSpan atMost)
    {
        var guard = Stopwatch.StartNew();
        while (guard.Elapsed < atMost && !(await databases.ChunksAsync()).Any(c => c.State == ChunkState.Running && c.Worker == node))
        {
            await Task.Delay(50);
        }
    }
}
