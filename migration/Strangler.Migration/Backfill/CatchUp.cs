using System.Globalization;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Ingest;
using Strangler.Core.Store.Database;
using Strangler.Migration.Legacy;
using Strangler.Parity.Stores;

namespace Strangler.Migration.Backfill;

/// <summary>
/// The catch-up pass: legacy documents of a unit's span changed (amended, cancelled, or lodged) since a watermark are
/// read whole and ingested; versions the core holds are skipped, new ones go in, conflicts and quarantined records are
/// recorded as a chunk's are. Each interface is one transaction. Run it after the backfill (from the lowest chunk
/// watermark, <see cref="WatermarkAsync"/>) and again from the watermark it returns until the unit is cut over.
/// </summary>
public sealed class CatchUp
{
    private readonly CoreDatabase _core;
    private readonly BulkIngest _ingest;
    private readonly IReadOnlyList<LegacyStore> _legacy;
    private readonly TimeProvider _clock;

    public CatchUp(CoreDatabase core, IReadOnlyList<LegacyStore> legacy, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(legacy);
        ArgumentNullException.ThrowIfNull(clock);
        _core = core;
        _ingest = new BulkIngest(core);
        _legacy = legacy;
        _clock = clock;
    }

    /// <summary>
    /// Ingests the documents of <paramref name="unit"/> over the days with a version received at or after
    /// <paramref name="since"/>; returns the latest received-at seen (or <paramref name="since"/> when nothing changed).
    /// </summary>
    public async Task<CatchUpOutcome> RunAsync(
        CutoverUnit unit, DateOnly firstDay, DateOnly lastDay, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var selection = new LegacySelection(firstDay, lastDay, unit.Mode()) { ChangedSince = since };
        int documents = 0, inserted = 0, skipped = 0, conflicts = 0, quarantined = 0;
        var watermark = since;
        foreach (var store in _legacy)
        {
            var batch = await LegacyBatch.ReadAsync(store, selection, _clock, cancellationToken);
            var versions = batch.Versions();
            var pass = string.Create(
                CultureInfo.InvariantCulture, $"catchup-{unit.Name()}-{store.Reader.Interface.ToString().ToLowerInvariant()}-{since.UtcDateTime:yyyyMMddHHmmss}");
            var result = await _ingest.IngestAsync(versions, async (connection, transaction, ingested) =>
            {
                var now = _clock.GetUtcNow();
                await BackfillRecords.QuarantineAsync(connection, transaction, _core.Provider, unit, pass, batch.Quarantined, now);
                await BackfillRecords.ConflictsAsync(connection, transaction, _core.Provider, pass, ingested.Conflicts, now);
            }, cancellationToken);
            documents += batch.Documents.Count;
            inserted += result.Inserted;
            skipped += result.Skipped;
            conflicts += result.Conflicts.Count;
            quarantined += batch.Quarantined.Count;
            if (batch.Watermark is { } seen && seen > watermark)
            {
                watermark = seen;
            }
        }

        return new CatchUpOutcome(documents, inserted, skipped, conflicts, quarantined, watermark);
    }

    /// <summary>
    /// Where a first catch-up of <paramref name="unit"/> starts: the lowest legacy watermark of its checkpoints (a change
    /// received after it may have missed its chunk; a chunk that saw no version counts by when it completed), or null
    /// when no chunk of the unit has run.
    /// </summary>
    public async Task<DateTimeOffset?> WatermarkAsync(CutoverUnit unit, CancellationToken cancellationToken = default)
    {
        await using var connection = await _core.OpenAsync(cancellationToken);
        var lowest = await connection.ExecuteScalarAsync<object?>(new CommandDefinition(
            "SELECT MIN(COALESCE(legacy_watermark, completed_at)) FROM migration_checkpoint WHERE unit = @Unit",
            new { Unit = unit.Name() },
            cancellationToken: cancellationToken));
        return lowest is null or DBNull ? null : StoredTime.Read(lowest);
    }
}
