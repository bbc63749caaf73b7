using Quartz;
using Strangler.Migration.Reconciliation;
using Strangler.Migration.Worker.Observability;
using Strangler.Migration.Worker.Scheduling;

namespace Strangler.Migration.Worker.Reconciliation;

/// <summary>Store parity of one finished chunk (the trigger's job data), recorded as a chunk-scope reconciliation run.</summary>
[DisallowConcurrentExecution]
internal sealed partial class ReconcileChunkJob(Reconciler reconciler, WorkerMetrics metrics, ILogger<ReconcileChunkJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var chunk = ChunkJobData.Read(context.MergedJobDataMap);
        var run = await reconciler.ReconcileChunkAsync(chunk, cancellationToken);
        metrics.Reconciled(run);
        Log(chunk.Id, run.Outcome, run.LegacyRecords, run.CoreRecords, run.Unexplained);
    }

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Chunk {ChunkId} reconciliation: {Outcome} ({Legacy} legacy, {Core} core records, {Unexplained} unexplained)")]
    private partial void Log(string chunkId, string outcome, int legacy, int core, int unexplained);
}
