using System.Diagnostics.Metrics;
using Strangler.Contracts.CodeLists;
using Strangler.Migration.Backfill;
using Strangler.Migration.Reconciliation;

namespace Strangler.Migration.Worker.Observability;

/// <summary>The worker's meter (<c>Strangler.Migration.Worker</c>, scraped at <c>/metrics</c>): chunks by outcome, records, chunk time, reconciliation runs and unexplained differences, per unit.</summary>
internal sealed class WorkerMetrics : IDisposable
{
    public const string MeterName = "Strangler.Migration.Worker";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _chunks;
    private readonly Counter<long> _records;
    private readonly Histogram<double> _chunkSeconds;
    private readonly Counter<long> _reconciliations;
    private readonly Gauge<long> _unexplained;

    public WorkerMetrics()
    {
        _chunks = _meter.CreateCounter<long>("strangler.backfill.chunks", description: "Backfill chunk runs by unit and outcome (done, failed, interrupted).");
        _records = _meter.CreateCounter<long>("strangler.backfill.records", description: "Legacy documents read by finished chunks, by unit.");
        _chunkSeconds = _meter.CreateHistogram<double>("strangler.backfill.chunk.duration", unit: "s", description: "Time of one chunk run.");
        _reconciliations = _meter.CreateCounter<long>("strangler.reconciliation.runs", description: "Reconciliation runs by unit, scope (chunk, unit) and outcome.");
        _unexplained = _meter.CreateGauge<long>("strangler.reconciliation.unexplained", description: "Unexplained differences found by the unit's latest whole-span reconciliation.");
    }

    public void Reconciled(ReconciliationRun run)
    {
        var unit = new KeyValuePair<string, object?>("unit", run.Unit);
        _reconciliations.Add(1, unit, new("scope", run.Scope), new("outcome", run.Outcome));
        if (run.Scope == ReconciliationScope.Unit && run.Outcome != ReconciliationOutcome.Failed)
        {
            _unexplained.Record(run.Unexplained, unit);
        }
    }

    public void ChunkDone(ChunkOutcome outcome)
    {
        var unit = new KeyValuePair<string, object?>("unit", outcome.Chunk.Unit.Name());
        _chunks.Add(1, unit, new("outcome", "done"));
        _records.Add(outcome.Documents, unit);
        _chunkSeconds.Record(outcome.Elapsed.TotalSeconds, unit);
    }

    public void ChunkEnded(BackfillChunk chunk, string outcome) =>
        _chunks.Add(1, new KeyValuePair<string, object?>("unit", chunk.Unit.Name()), new("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
