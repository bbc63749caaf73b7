using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Scheduling;
using Strangler.Migration.Worker.Tests.Support;
using Strangler.Testing;

namespace Strangler.Migration.Worker.Tests;

/// <summary>Two worker hosts in this process form a Quartz cluster over one PostgreSQL database of the class's own.</summary>
public sealed class PostgresClusterTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Two_clustered_workers_share_one_plan_and_each_chunk_runs_exactly_once()
    {
        var log = new RunLog();
        var delay = TimeSpan.FromMilliseconds(150);
        await using var first = await WorkerInstance.StartAsync(SchedulerProvider.Postgres, database.ConnectionString, new RecordingRunner("w1", log) { Delay = delay });
        await using var second = await WorkerInstance.StartAsync(SchedulerProvider.Postgres, database.ConnectionString, new RecordingRunner("w2", log) { Delay = delay });

        await first.PostAsync("/admin/v1/backfill/road/start", new { firstDay = "2026-02-01", lastDay = "2026-02-10" });
        var progress = await second.WaitForAsync("road", p => p.State == UnitState.Completed);

        var counts = log.CountsByChunk();
        Assert.Equal(40, counts.Count);
        Assert.All(counts.Values, n => Assert.Equal(1, n));
        Assert.Equal(["w1", "w2"], log.Runs.Select(r => r.Worker).Distinct().Order());
        Assert.Equal(40, progress.ChunksDone);
        var workers = (await first.ChunksAsync("road")).Select(c => c.Worker).Distinct().Count();
        Assert.Equal(2, workers);
        Console.WriteLine($"cluster: w1 ran {log.Runs.Count(r => r.Worker == "w1")}, w2 ran {log.Runs.Count(r => r.Worker == "w2")} of 40 chunks");
    }
}
