using System.Globalization;
using System.Text.Json;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Store.Database;
using Strangler.Migration.Backfill;
using Strangler.Migration.Legacy;
using Strangler.Parity.Data;
using Strangler.Parity.Stores;
using Strangler.Parity.Stores.Rules;

namespace Strangler.Migration.Reconciliation;

/// <summary>
/// Reconciliation: store parity (legacy stores against the core's store on the canonical form, the declared store rules
/// applied) of one backfill chunk, or of a unit's whole backfill span after a catch-up of later legacy changes. Every run
/// is recorded (<see cref="ReconciliationStore"/>), failed runs included. A unit is reconciled when its run finds no
/// unexplained difference: nothing missing, extra, differing or duplicated, and every quarantined record accepted.
/// </summary>
public sealed class Reconciler
{
    private static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web);

    private readonly CoreDatabase _core;
    private readonly IReadOnlyList<LegacyStore> _legacy;
    private readonly CatchUp _catchUp;
    private readonly ReconciliationStore _store;
    private readonly ReconciliationOptions _options;
    private readonly TimeProvider _clock;
    private readonly StoreParity _parity = new(StoreRuleSet.Declared);

    public Reconciler(
        CoreDatabase core, IReadOnlyList<LegacyStore> legacy, CatchUp catchUp, ReconciliationStore store, ReconciliationOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(legacy);
        ArgumentNullException.ThrowIfNull(catchUp);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _core = core;
        _legacy = legacy;
        _catchUp = catchUp;
        _store = store;
        _options = options;
        _clock = clock;
    }

    /// <summary>Store parity of the chunk's interface, unit and day, as the chunk wrote them; no catch-up.</summary>
    public Task<ReconciliationRun> ReconcileChunkAsync(BackfillChunk chunk, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var run = new RunStart(chunk.Unit, ReconciliationScope.Chunk, chunk.Id, ReconciliationTrigger.AfterChunk, chunk.Day, chunk.Day, _clock.GetUtcNow());
        return RecordAsync(run, async ct =>
        {
            var parity = await _parity.CompareAsync(_legacy, _core, chunk.Unit, chunk.Interface, chunk.Day, chunk.Day, ct);
            return new RoundsResult(parity, await _store.AcceptedAsync(ct), 0, null, 1);
        }, cancellationToken);
    }

    /// <summary>
    /// Catch-up of the unit's span from the last watermark (less the overlap), then store parity of the whole span;
    /// repeated while differences remain, up to <see cref="ReconciliationOptions.MaxRounds"/> rounds.
    /// </summary>
    public Task<ReconciliationRun> ReconcileUnitAsync(
        CutoverUnit unit, DateOnly firstDay, DateOnly lastDay, string trigger, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        var run = new RunStart(unit, ReconciliationScope.Unit, null, trigger, firstDay, lastDay, _clock.GetUtcNow());
        return RecordAsync(run, async ct =>
        {
            var watermark = await _store.CatchUpWatermarkAsync(unit, ct) ?? await _catchUp.WatermarkAsync(unit, ct);
            var inserted = 0;
            StoreParityResult? parity = null;
            var rounds = 0;
            var accepted = await _store.AcceptedAsync(ct);
            while (rounds < _options.MaxRounds)
            {
                rounds++;
                if (watermark is { } since)
                {
                    var caught = await _catchUp.RunAsync(unit, firstDay, lastDay, since - _options.CatchUpOverlap, ct);
                    inserted += caught.Inserted;
                    watermark = caught.Watermark > since ? caught.Watermark : since;
                }

                parity = await _parity.CompareAsync(_legacy, _core, unit, firstDay, lastDay, ct);
                if (Unexplained(parity, accepted) == 0)
                {
                    break;
                }
            }

            return new RoundsResult(parity!, accepted, inserted, watermark, rounds);
        }, cancellationToken);
    }

    private async Task<ReconciliationRun> RecordAsync(RunStart start, Func<CancellationToken, Task<RoundsResult>> compare, CancellationToken cancellationToken)
    {
        // Unique without coordination between the cluster's nodes; readable in logs (at most ~60 characters).
        var runId = string.Create(CultureInfo.InvariantCulture,
            $"{start.ChunkId ?? start.Unit.Name()}-{start.StartedAt.UtcDateTime:yyyyMMddTHHmmssfff}-{Guid.NewGuid().ToString("N")[..8]}");
        ReconciliationRun run;
        try
        {
            var result = await compare(cancellationToken);
            run = Completed(runId, start, result);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A failed run is recorded too: the unit is not reconciled, and the operator sees why.
            run = new ReconciliationRun(runId, start.Unit.Name(), start.Scope, start.ChunkId, start.Trigger, start.FirstDay, start.LastDay,
                start.StartedAt, _clock.GetUtcNow(), 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, ReconciliationOutcome.Failed,
                JsonSerializer.Serialize(new { error = $"{failure.GetType().Name}: {failure.Message}" }, DetailJson));
        }

        await _store.SaveAsync(run, CancellationToken.None);
        return run;
    }

    private ReconciliationRun Completed(string runId, RunStart start, RoundsResult result)
    {
        var parity = result.Parity;
        var notAccepted = NotAccepted(parity, result.Accepted).ToList();
        var duplicates = parity.Differences.Count(d => d.Difference == DataDifferenceKind.Duplicate ||
            (d.Difference == DataDifferenceKind.Extra && d.DuplicateOf is not null));
        var extra = parity.Differences.Count(d => d.Difference == DataDifferenceKind.Extra && d.DuplicateOf is null);
        var unexplained = parity.Differences.Count + notAccepted.Count;
        var detail = unexplained == 0 ? null : JsonSerializer.Serialize(new
        {
            differences = parity.Differences.Take(_options.DetailLimit).Select(d => new
            {
                d.Key,
                d.Kind,
                difference = d.Difference.ToString(),
                d.DuplicateOf,
                fields = d.Fields.Select(f => new { f.Path, f.Legacy, f.Core }),
            }),
            quarantined = notAccepted.Take(_options.DetailLimit).Select(q => new { sourceInterface = q.Interface.ToString(), q.LegacyKey, q.Day, q.Reason }),
        }, DetailJson);
        return new ReconciliationRun(
            runId, start.Unit.Name(), start.Scope, start.ChunkId, start.Trigger, start.FirstDay, start.LastDay, start.StartedAt, _clock.GetUtcNow(),
            parity.LegacyRecords, parity.CoreRecords, parity.Count(DataDifferenceKind.Missing), extra, parity.Count(DataDifferenceKind.Differing),
            duplicates, parity.Quarantined.Count, parity.Quarantined.Count - notAccepted.Count, result.CatchUpInserted, result.Watermark,
            result.Rounds, unexplained == 0 ? ReconciliationOutcome.Reconciled : ReconciliationOutcome.Differences, detail);
    }

    private static int Unexplained(StoreParityResult parity, IReadOnlySet<(string, string)> accepted) =>
        parity.Differences.Count + NotAccepted(parity, accepted).Count();

    private static IEnumerable<QuarantinedRecord> NotAccepted(StoreParityResult parity, IReadOnlySet<(string, string)> accepted) =>
        parity.Quarantined.Where(q => !accepted.Contains((q.Interface.ToString(), q.LegacyKey)));

    private sealed record RunStart(CutoverUnit Unit, string Scope, string? ChunkId, string Trigger, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset StartedAt);

    private sealed record RoundsResult(
        StoreParityResult Parity, IReadOnlySet<(string, string)> Accepted, int CatchUpInserted, DateTimeOffset? Watermark, int Rounds);
}
