using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Backfill;
using Strangler.Migration.Legacy;
using Strangler.Migration.Reconciliation;
using Strangler.Migration.Tests.Backfill;
using Strangler.Migration.Tests.Support;

namespace Strangler.Migration.Tests.Reconciliation;

/// <summary>
/// Reconciliation runs over a backfilled generated history (the stand-ins' SQLite stores, a SQLite core): a clean
/// backfill is reconciled; a defect injected into the core (a version deleted, a version's content changed) is reported
/// as unexplained and named; a quarantined record keeps the unit unreconciled until an operator accepts it with a reason.
/// </summary>
[Collection(LegacyHistoryCollection.Name)]
public sealed class ReconcilerTests(LegacyHistory history) : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
    private readonly List<string> _folders = [];

    [Fact]
    public async Task A_clean_backfill_is_reconciled_per_chunk_and_per_unit_and_the_runs_are_recorded()
    {
        using var core = await CoreStore.SqliteAsync();
        var (reconciler, store) = Create(core, history.Stores);
        await Backfilling.RunAllAsync(new ChunkRunner(core.Database, history.Stores, _clock), LegacyHistory.FirstDay, history.LastDay);

        var chunk = await reconciler.ReconcileChunkAsync(new BackfillChunk(CutoverUnit.Sea, SourceInterface.Eman, LegacyHistory.FirstDay));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var unit = await reconciler.ReconcileUnitAsync(CutoverUnit.Sea, LegacyHistory.FirstDay, history.LastDay, ReconciliationTrigger.Manual);

        Assert.Equal((ReconciliationOutcome.Reconciled, 0), (chunk.Outcome, chunk.Unexplained));
        Assert.True(chunk.LegacyRecords > 0);
        Assert.Equal(chunk.LegacyRecords, chunk.CoreRecords);
        Assert.Equal((ReconciliationScope.Unit, ReconciliationOutcome.Reconciled, 0, 1), (unit.Scope, unit.Outcome, unit.Unexplained, unit.Rounds));
        Assert.True(unit.LegacyRecords > chunk.LegacyRecords, "the unit's run covers both days");
        Assert.Equal(unit.LegacyRecords, unit.CoreRecords);
        Assert.Null(unit.Detail);
        Assert.NotNull(unit.CatchUpWatermark);

        var runs = await store.RunsAsync(CutoverUnit.Sea, null, 10);
        Assert.Equal([unit.RunId, chunk.RunId], runs.Select(r => r.RunId));
        Assert.Equal(unit with { Detail = null }, runs[0]);
        Assert.Equal((1, 0), await store.ChunkSummaryAsync(CutoverUnit.Sea));
    }

    [Fact]
    public async Task A_version_missing_from_the_core_changed_in_it_or_copied_is_unexplained_and_named_in_the_detail()
    {
        using var core = await CoreStore.SqliteAsync();
        var (reconciler, store) = Create(core, history.Stores);
        await Backfilling.RunAllAsync(new ChunkRunner(core.Database, history.Stores, _clock), LegacyHistory.FirstDay, history.LastDay);
        var clean = await reconciler.ReconcileUnitAsync(CutoverUnit.Road, LegacyHistory.FirstDay, history.LastDay, ReconciliationTrigger.BackfillCompleted);
        Assert.Equal(ReconciliationOutcome.Reconciled, clean.Outcome);
        string deleted, changed, copied;
        await using (var connection = await core.Database.OpenAsync())
        {
            var versions = (await connection.QueryAsync<(long Id, string Reference, long Version, string ReceivedAt)>("""
                SELECT d.id, d.reference, v.version_no, v.received_at FROM core_document d JOIN core_document_version v ON v.document_id = d.id
                WHERE d.mode = 'Road' ORDER BY d.reference, v.version_no
                """)).ToList();
            // A store that lost a row: the last version of a document changed long before the catch-up's watermark, so
            // no catch-up reads it again (its head and events stay).
            var old = clean.CatchUpWatermark!.Value.AddHours(-1);
            var last = versions.GroupBy(v => v.Id).First(g => g.Count() > 1 && g.All(v => Core.Store.Database.StoredTime.Read(v.ReceivedAt) < old)).Last();
            await connection.ExecuteAsync("DELETE FROM core_document_version WHERE document_id = @Id AND version_no = @Version", new { last.Id, last.Version });
            deleted = Parity.Stores.Records.RecordKeys.Of(last.Reference, (int)last.Version);
            var other = versions.First(v => v.Id != last.Id);
            await connection.ExecuteAsync(
                "UPDATE core_document_version SET canonical_form = CAST(REPLACE(CAST(canonical_form AS TEXT), char(10) || 'clientKey=', char(10) || 'clientKey=X') AS BLOB) WHERE document_id = @Id AND version_no = @Version",
                new { other.Id, other.Version });
            changed = Parity.Stores.Records.RecordKeys.Of(other.Reference, (int)other.Version);
            // The same document stored a second time under another reference.
            var third = versions.Last(v => v.Id != last.Id && v.Id != other.Id && v.Version == 1);
            await connection.ExecuteAsync("""
                INSERT INTO core_document (kind, reference, mode, source_interface, client_key, current_version, status, created_at)
                SELECT kind, reference || 'C', mode, source_interface, client_key, current_version, status, created_at FROM core_document WHERE id = @Id;
                INSERT INTO core_document_version (document_id, version_no, function, received_at, source_interface, client_key, canonical_form, checksum, document_json)
                SELECT (SELECT id FROM core_document WHERE reference = @Copy), version_no, function, received_at, source_interface, client_key, canonical_form, checksum, document_json
                FROM core_document_version WHERE document_id = @Id AND version_no = 1;
                """, new { third.Id, Copy = third.Reference + "C" });
            copied = Parity.Stores.Records.RecordKeys.Of(third.Reference + "C", 1);
        }

        _clock.Advance(TimeSpan.FromHours(1));
        var run = await reconciler.ReconcileUnitAsync(CutoverUnit.Road, LegacyHistory.FirstDay, history.LastDay, ReconciliationTrigger.Nightly);

        Assert.Equal((ReconciliationOutcome.Differences, 1, 1, 0, 1, 3), (run.Outcome, run.Missing, run.Differing, run.Extra, run.Duplicates, run.Unexplained));
        // Catch-up and compare again while differences remain: they are not legacy changes, so every round finds them.
        Assert.Equal(3, run.Rounds);
        using var detail = JsonDocument.Parse(run.Detail!);
        var differences = detail.RootElement.GetProperty("differences").EnumerateArray()
            .Select(d => (Key: d.GetProperty("key").GetString()!, Difference: d.GetProperty("difference").GetString()!)).OrderBy(d => d.Difference, StringComparer.Ordinal).ToList();
        Assert.Equal([(changed, "Differing"), (copied, "Extra"), (deleted, "Missing")], differences);
        var field = detail.RootElement.GetProperty("differences").EnumerateArray().Single(d => d.GetProperty("difference").GetString() == "Differing")
            .GetProperty("fields").EnumerateArray().Single();
        Assert.Equal("clientKey", field.GetProperty("path").GetString());
        Assert.StartsWith("X", field.GetProperty("core").GetString(), StringComparison.Ordinal);
        Assert.NotNull(detail.RootElement.GetProperty("differences").EnumerateArray().Single(d => d.GetProperty("difference").GetString() == "Extra")
            .GetProperty("duplicateOf").GetString());
        Assert.Equal(run.Detail, (await store.RunAsync(run.RunId))!.Detail);
    }

    [Fact]
    public async Task A_quarantined_record_is_unexplained_until_accepted_with_a_reason()
    {
        var folder = history.Copy();
        _folders.Add(folder);
        var stores = LegacyHistory.StoresIn(folder, LegacyReaders.All);
        var rocars = stores.Single(s => s.Reader.Interface == SourceInterface.Rocars);
        await using (var connection = await rocars.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE RCS_BUNDLE SET STATUS_CD = 'X' WHERE BUNDLE_ID = (SELECT MIN(BUNDLE_ID) FROM RCS_BUNDLE)");
        }

        using var core = await CoreStore.SqliteAsync();
        var (reconciler, store) = Create(core, stores);
        await Backfilling.RunAllAsync(new ChunkRunner(core.Database, stores, _clock), LegacyHistory.FirstDay, history.LastDay);
        var quarantined = Assert.Single(await store.QuarantineAsync(CutoverUnit.Road));
        Assert.Null(quarantined.Acceptance);
        Assert.Empty(await store.QuarantineAsync(CutoverUnit.Sea));

        var before = await reconciler.ReconcileUnitAsync(CutoverUnit.Road, LegacyHistory.FirstDay, history.LastDay, ReconciliationTrigger.BackfillCompleted);
        Assert.False(await store.AcceptAsync(CutoverUnit.Sea, "Rocars", quarantined.LegacyKey, "wrong unit", "op", _clock.GetUtcNow()));
        Assert.False(await store.AcceptAsync(CutoverUnit.Road, "Rocars", quarantined.LegacyKey + "0", "no such record", "op", _clock.GetUtcNow()));
        Assert.True(await store.AcceptAsync(CutoverUnit.Road, "Rocars", quarantined.LegacyKey, "status X withdrawn in 2019, agreed with C&ED", "op", _clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var after = await reconciler.ReconcileUnitAsync(CutoverUnit.Road, LegacyHistory.FirstDay, history.LastDay, ReconciliationTrigger.Manual);

        Assert.Equal((ReconciliationOutcome.Differences, 1, 0, 1), (before.Outcome, before.Quarantined, before.QuarantineAccepted, before.Unexplained));
        using (var detail = JsonDocument.Parse(before.Detail!))
        {
            Assert.Equal(quarantined.LegacyKey, detail.RootElement.GetProperty("quarantined")[0].GetProperty("legacyKey").GetString());
        }

        Assert.Equal((ReconciliationOutcome.Reconciled, 1, 1, 0), (after.Outcome, after.Quarantined, after.QuarantineAccepted, after.Unexplained));
        var acceptance = Assert.Single(await store.QuarantineAsync(CutoverUnit.Road)).Acceptance;
        Assert.Equal(new QuarantineAcceptance("status X withdrawn in 2019, agreed with C&ED", "op", _clock.GetUtcNow().AddMinutes(-1)), acceptance);
    }

    [Fact]
    public async Task A_chunk_is_reconciled_against_its_own_interface_only()
    {
        using var core = await CoreStore.SqliteAsync();
        var (reconciler, _) = Create(core, history.Stores);
        var runner = new ChunkRunner(core.Database, history.Stores, _clock);
        // Of sea's first day only the EMAN chunk has run: GETS sea declarations of that day are not yet in the core.
        var eman = new BackfillChunk(CutoverUnit.Sea, SourceInterface.Eman, LegacyHistory.FirstDay);
        await runner.RunAsync(eman);

        var emanRun = await reconciler.ReconcileChunkAsync(eman);
        var getsRun = await reconciler.ReconcileChunkAsync(eman with { Interface = SourceInterface.Gets });

        Assert.Equal((ReconciliationOutcome.Reconciled, 0), (emanRun.Outcome, emanRun.Unexplained));
        Assert.Equal(ReconciliationOutcome.Differences, getsRun.Outcome);
        Assert.Equal((getsRun.LegacyRecords, 0), (getsRun.Missing, getsRun.CoreRecords));
        Assert.True(getsRun.Missing > 0);
    }

    [Fact]
    public async Task A_run_that_cannot_read_legacy_is_recorded_as_failed_with_the_error()
    {
        using var core = await CoreStore.SqliteAsync();
        var broken = LegacyReaders.All.Select(reader => new Parity.Stores.LegacyStore(reader,
            _ => throw new InvalidOperationException("legacy database unreachable"))).ToList();
        var (reconciler, store) = Create(core, broken);

        var run = await reconciler.ReconcileUnitAsync(CutoverUnit.Air, LegacyHistory.FirstDay, history.LastDay, ReconciliationTrigger.Nightly);

        Assert.Equal(ReconciliationOutcome.Failed, run.Outcome);
        Assert.Contains("legacy database unreachable", run.Detail, StringComparison.Ordinal);
        Assert.Equal(run.RunId, Assert.Single(await store.RunsAsync(CutoverUnit.Air, ReconciliationScope.Unit, 5)).RunId);
    }

    private (Reconciler Reconciler, ReconciliationStore Store) Create(CoreStore core, IReadOnlyList<Parity.Stores.LegacyStore> stores)
    {
        var store = new ReconciliationStore(core.Database);
        return (new Reconciler(core.Database, stores, new CatchUp(core.Database, stores, _clock), store, new ReconciliationOptions(), _clock), store);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
