using Quartz;
using Strangler.Migration.Backfill;
using Strangler.Migration.Reconciliation;
using Strangler.Migration.Worker.Reconciliation;
using Strangler.Migration.Worker.Observability;
using Strangler.Migration.Worker.Progress;

namespace Strangler.Migration.Worker.Scheduling;

/// <summary>
/// Runs one chunk (the trigger's job data: unit, interface, day) through the engine's <see cref="IChunkRunner"/> and
/// records the run. Not <c>[DisallowConcurrentExecution]</c>: a unit's chunks run side by side; the same chunk cannot,
/// because its trigger is keyed by the chunk id and buffers a firing while one of its own runs.
/// </summary>
internal sealed partial class BackfillChunkJob(
    IChunkRunner runner, ProgressStore progress, ReconciliationSchedule reconciliation, WorkerMetrics metrics, ILogger<BackfillChunkJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var chunk = ChunkJobData.Read(context.MergedJobDataMap);
        var worker = context.Scheduler.SchedulerInstanceId;
        await progress.ChunkStartedAsync(chunk, worker, CancellationToken.None);
        try
        {
            var outcome = await runner.RunAsync(chunk, cancellationToken);
            var completed = await progress.ChunkDoneAsync(outcome, CancellationToken.None);
            metrics.ChunkDone(outcome);
            LogDone(chunk.Id, worker, outcome.Documents, outcome.Inserted, context.Recovering);
            await ReconcileAsync(chunk, completed, afterChunk: true);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancel (interrupt) or a shutdown that does not wait: thrown on, so Quartz hands a shutdown's chunk back.
            await progress.ChunkInterruptedAsync(chunk);
            metrics.ChunkEnded(chunk, "interrupted");
            LogInterrupted(chunk.Id, worker);
            throw;
        }
        catch (Exception failure)
        {
            // Recorded and not rethrown: the chunk is failed until a re-run; Quartz has nothing to retry.
            var completed = await progress.ChunkFailedAsync(chunk, $"{failure.GetType().Name}: {failure.Message}", CancellationToken.None);
            metrics.ChunkEnded(chunk, "failed");
            LogFailed(failure, chunk.Id, worker);
            await ReconcileAsync(chunk, completed, afterChunk: false);
        }
    }

    // The chunk's own reconciliation, and the unit's when this was its last chunk. A failure to schedule them leaves the
    // chunk done (the nightly run and the status say the unit is not yet reconciled); it is logged, not thrown.
    private async Task ReconcileAsync(BackfillChunk chunk, bool unitCompleted, bool afterChunk)
    {
        try
        {
            if (afterChunk)
            {
                await reconciliation.AfterChunkAsync(chunk, CancellationToken.None);
            }

            if (unitCompleted)
            {
                await reconciliation.UnitNowAsync(chunk.Unit, ReconciliationTrigger.BackfillCompleted, CancellationToken.None);
            }
        }
        catch (Exception failure) when (failure is SchedulerException or System.Data.Common.DbException or InvalidOperationException)
        {
            LogNotScheduled(failure, chunk.Id);
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Chunk {ChunkId} done on {Worker}: {Documents} documents, {Inserted} inserted (recovering: {Recovering})")]
    private partial void LogDone(string chunkId, string worker, int documents, int inserted, bool recovering);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Chunk {ChunkId} interrupted on {Worker}")]
    private partial void LogInterrupted(string chunkId, string worker);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "Reconciliation after chunk {ChunkId} not scheduled")]
    private partial void LogNotScheduled(Exception failure, string chunkId);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Chunk {ChunkId} failed on {Worker}")]
    private partial void LogFailed(Exception failure, string chunkId, string worker);
}
