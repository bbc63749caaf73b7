using Strangler.Contracts.CodeLists;
using Strangler.Core.Ingest;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;
using Strangler.Migration.Legacy;
using Strangler.Parity.Stores;

namespace Strangler.Migration.Backfill;

/// <summary>
/// Runs a chunk: reads its documents from the interface's legacy store (the chunk's day, the unit's mode), and ingests
/// all their versions through <see cref="BulkIngest"/> in one transaction with the chunk's checkpoint, its quarantined
/// records and the conflicts found. Legacy stores are opened through their <see cref="LegacyStore"/> (any provider).
/// With a <see cref="Throttle"/>, waits its turn before reading legacy and reports the read's records and latency to it.
/// </summary>
public sealed class ChunkRunner : IChunkRunner
{
    private readonly CoreDatabase _core;
    private readonly BulkIngest _ingest;
    private readonly IReadOnlyDictionary<SourceInterface, LegacyStore> _legacy;
    private readonly TimeProvider _clock;
    private readonly Throttle? _throttle;

    public ChunkRunner(CoreDatabase core, IReadOnlyList<LegacyStore> legacy, TimeProvider clock, Throttle? throttle = null)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(legacy);
        ArgumentNullException.ThrowIfNull(clock);
        _core = core;
        _ingest = new BulkIngest(core);
        _legacy = legacy.ToDictionary(s => s.Reader.Interface);
        _clock = clock;
        _throttle = throttle;
    }

    public async Task<ChunkOutcome> RunAsync(BackfillChunk chunk, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var started = _clock.GetTimestamp();
        if (!_legacy.TryGetValue(chunk.Interface, out var store))
        {
            throw new InvalidOperationException($"No legacy store is configured for {chunk.Interface} (chunk {chunk.Id}).");
        }

        if (_throttle is not null)
        {
            await _throttle.WaitAsync(cancellationToken);
        }

        var batch = await LegacyBatch.ReadAsync(store, LegacySelection.Day(chunk.Day, chunk.Unit.Mode()), _clock, cancellationToken);
        var versions = batch.Versions();
        _throttle?.Observe(versions.Count + batch.Quarantined.Count, batch.Elapsed);

        var result = await _ingest.IngestAsync(versions, async (connection, transaction, ingested) =>
        {
            var now = _clock.GetUtcNow();
            await BackfillRecords.QuarantineAsync(connection, transaction, _core.Provider, chunk.Unit, chunk.Id, batch.Quarantined, now);
            await BackfillRecords.ConflictsAsync(connection, transaction, _core.Provider, chunk.Id, ingested.Conflicts, now);
            await BackfillRecords.CheckpointAsync(
                connection, transaction, _core.Provider, chunk, batch.Documents.Count, ingested, batch.Quarantined.Count, batch.Watermark, now);
        }, cancellationToken);

        return new ChunkOutcome(
            chunk, batch.Documents.Count, result.Inserted, result.Skipped, result.Conflicts.Count, batch.Quarantined.Count, batch.Elapsed,
            _clock.GetElapsedTime(started));
    }
}
