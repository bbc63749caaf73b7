using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Scheduling;
using Strangler.Migration.Worker.Tests.Support;
using Strangler.Testing;

namespace Strangler.Migration.Worker.Tests;

/// <summary>A worker that goes away in the middle of a chunk: the other node of the cluster recovers the chunk.</summary>
public sealed class PostgresRecoveryTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_chunk_whose_worker_stopped_mid_run_is_recovered_and_completed_by_the_other_worker()
    {
        var log = new RunLog();
        var hung = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dying = await WorkerInstance.StartAsync(SchedulerProvider.Postgres, database.ConnectionString,
            new RecordingRunner("dying", log) { Gate = hung, IgnoreCancellation = true }, concurrency: 1);
        try
        {
            await dying.PostAsync("/admin/v1/backfill/air/start", new { firstDay = "2026-03-01", lastDay = "2026-03-01" });
            await dying.WaitForAsync("air", p => p.ChunksRunning == 1);
            var blocked = log.Blocked!.Value.Chunk;

            await using var survivor = await WorkerInstance.StartAsync(SchedulerProvider.Postgres, database.ConnectionString, new RecordingRunner("survivor", log), concurrency: 1);
            await dying.StopWithoutWaitingAsync();
            var progress = await survivor.WaitForAsync("air", p => p.State == UnitState.Completed);
            var chunk = Assert.Single(await survivor.ChunksAsync("air"), c => c.ChunkId == blocked);

            Assert.Equal(4, progress.ChunksDone);
            Assert.Equal([("dying", blocked), ("survivor", blocked)], log.Runs.Where(r => r.Chunk == blocked).Select(r => (r.Worker, r.Chunk)));
            Assert.Equal((ChunkState.Done, 2), (chunk.State, chunk.Attempts));
            Assert.All(log.CountsByChunk().Where(c => c.Key != blocked), c => Assert.Equal(1, c.Value));
            Assert.Equal(4, log.CountsByChunk().Count);
        }
        finally
        {
            hung.TrySetResult();
            await dying.DisposeAsync();
        }
    }
}
