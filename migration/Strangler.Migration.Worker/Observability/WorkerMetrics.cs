using System.Diagnostics.Metrics;
using Strangler.Contracts.CodeLists;
using Strangler.Migration.Backfill;

namespace Strangler.Migration.Worker.Observability;

/// <summary>The worker's meter (<c>Strangler.Migration.Worker</c>, scraped at <c>/metrics</c>): chunks by outcome, records, chunk time, per unit.</summary>
internal sealed class WorkerMetrics : IDisposable
{
    public const string MeterName = "Strangler.Migration.Worker";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _chunks;
    private readonly Counter<long> _records;
    private readonly Histogram<double> _chunkSeconds;

    public WorkerMetrics()
    {
        _chunks = _meter.CreateCounter<long>("strangler.backfill.chunks", description: "Backfill chunk runs by unit and outcome (done, failed, interrupted).");
        _records = _meter.CreateCounter<long>("strangler.backfill.records", description: "Legacy documents read by finished chunks, by unit.");
        _chunkSeconds = _meter.CreateHistogram<double>("strangler.backfill.chunk.duration", unit: "s", description: "Time of one chunk run.");
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
