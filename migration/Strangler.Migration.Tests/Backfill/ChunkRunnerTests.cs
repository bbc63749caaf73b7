using Dapper;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Ingest;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Backfill;
using Strangler.Migration.Legacy;
using Strangler.Migration.Tests.Support;

namespace Strangler.Migration.Tests.Backfill;

[Collection(LegacyHistoryCollection.Name)]
public sealed class ChunkRunnerTests(LegacyHistory history)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_chunk_stores_every_version_of_its_documents_with_its_checkpoint()
    {
        using var core = await CoreStore.SqliteAsync();
        var chunk = new BackfillChunk(CutoverUnit.Road, SourceInterface.Rocars, LegacyHistory.FirstDay);
        var expected = await ReadAsync(history.Stores, chunk);

        var outcome = await new ChunkRunner(core.Database, history.Stores, _clock).RunAsync(chunk);

        var versions = expected.Sum(d => d.Versions.Count);
        Assert.True(expected.Count > 0);
        Assert.Equal((expected.Count, versions, 0, 0, 0), (outcome.Documents, outcome.Inserted, outcome.Skipped, outcome.Conflicts, outcome.Quarantined));
        Assert.Equal(versions, await core.CountAsync("core_document_version"));
        Assert.Equal(expected.Count, await core.CountAsync("core_document"));
        var watermark = expected.SelectMany(d => d.Versions).Max(v => v.ReceivedAt);
        Assert.Equal(
            [$"road-rocars-20260302 road Rocars 2026-03-02 documents={expected.Count} inserted={versions} skipped=0 conflicts=0 quarantined=0 watermark={watermark.ToUniversalTime():O}"],
            await core.CheckpointsAsync());
    }

    [Fact]
    public async Task Running_a_unit_again_changes_no_row_and_no_checkpoint()
    {
        using var core = await CoreStore.SqliteAsync();
        var runner = new ChunkRunner(core.Database, history.Stores, _clock);
        var plan = BackfillPlan.For(CutoverUnit.Sea, LegacyHistory.FirstDay, history.LastDay);
        var first = new List<ChunkOutcome>();
        foreach (var chunk in plan)
        {
            first.Add(await runner.RunAsync(chunk));
        }

        var snapshot = await core.SnapshotAsync();
        var checkpoints = await core.CheckpointsAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        var second = new List<ChunkOutcome>();
        foreach (var chunk in plan)
        {
            second.Add(await runner.RunAsync(chunk));
        }

        Assert.True(first.Sum(o => o.Inserted) > 0);
        Assert.Equal(0, second.Sum(o => o.Inserted));
        Assert.Equal(first.Sum(o => o.Inserted), second.Sum(o => o.Skipped));
        Assert.Equal(snapshot, await core.SnapshotAsync());
        Assert.Equal(checkpoints, await core.CheckpointsAsync());
        Assert.Equal(plan.Count, checkpoints.Count);
    }

    [Fact]
    public async Task A_refused_checkpoint_leaves_no_row_of_the_chunk()
    {
        using var core = await CoreStore.SqliteAsync();
        await core.ExecuteAsync("CREATE TRIGGER refuse_checkpoint BEFORE INSERT ON migration_checkpoint BEGIN SELECT RAISE(ABORT, 'checkpoint refused'); END;");
        var chunk = new BackfillChunk(CutoverUnit.Air, SourceInterface.Accs, LegacyHistory.FirstDay);
        var runner = new ChunkRunner(core.Database, history.Stores, _clock);

        var e = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => runner.RunAsync(chunk));

        Assert.Contains("checkpoint refused", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, await core.CountAsync("core_document"));
        Assert.Equal(0, await core.CountAsync("core_document_version"));
        Assert.Equal(0, await core.CountAsync("core_document_event"));
        await core.ExecuteAsync("DROP TRIGGER refuse_checkpoint");
        var outcome = await runner.RunAsync(chunk);
        Assert.True(outcome.Inserted > 0);
        Assert.Equal(outcome.Inserted, await core.CountAsync("core_document_version"));
    }

    [Fact]
    public async Task A_quarantined_record_is_recorded_once_across_runs()
    {
        var folder = history.Copy();
        try
        {
            var stores = LegacyHistory.StoresIn(folder, LegacyReaders.All);
            var rocars = stores.Single(s => s.Reader.Interface == SourceInterface.Rocars);
            long bundleId;
            await using (var connection = await rocars.OpenAsync(CancellationToken.None))
            {
                bundleId = await connection.ExecuteScalarAsync<long>("SELECT MIN(BUNDLE_ID) FROM RCS_BUNDLE WHERE RECEIVED_AT < '2026-03-03'");
                await connection.ExecuteAsync("UPDATE RCS_BUNDLE SET STATUS_CD = 'X' WHERE BUNDLE_ID = @bundleId", new { bundleId });
            }

            using var core = await CoreStore.SqliteAsync();
            var runner = new ChunkRunner(core.Database, stores, _clock);
            var chunk = new BackfillChunk(CutoverUnit.Road, SourceInterface.Rocars, LegacyHistory.FirstDay);
            var first = await runner.RunAsync(chunk);
            var firstSeen = _clock.GetUtcNow();
            _clock.Advance(TimeSpan.FromMinutes(5));
            var second = await runner.RunAsync(chunk);

            Assert.Equal((1, 1), (first.Quarantined, second.Quarantined));
            await using var read = await core.Database.OpenAsync();
            var rows = (await read.QueryAsync<(string Interface, string Key, string Day, string Chunk, string First, string Last)>(
                "SELECT interface, legacy_key, day, chunk_id, first_seen, last_seen FROM migration_quarantine")).ToList();
            var row = Assert.Single(rows);
            Assert.Equal(("Rocars", "2026-03-02", "road-rocars-20260302"), (row.Interface, row.Day, row.Chunk));
            Assert.Contains(bundleId.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Key, StringComparison.Ordinal);
            Assert.Equal((firstSeen, _clock.GetUtcNow()), (Core.Store.Database.StoredTime.Read(row.First), Core.Store.Database.StoredTime.Read(row.Last)));
            Assert.Contains(" quarantined=1 ", Assert.Single(await core.CheckpointsAsync()), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_version_stored_with_other_content_is_recorded_as_a_conflict_and_kept()
    {
        using var core = await CoreStore.SqliteAsync();
        var chunk = new BackfillChunk(CutoverUnit.Sea, SourceInterface.Eman, LegacyHistory.FirstDay);
        var document = (await ReadAsync(history.Stores, chunk))[0];
        var tampered = document.Versions[0] with { IssuedReference = document.Reference, ClientKey = "someone-else" };
        await new BulkIngest(core.Database).IngestAsync([tampered]);
        string Stored(System.Data.Common.DbConnection c) => c.ExecuteScalar<string>(
            "SELECT v.checksum FROM core_document_version v JOIN core_document d ON d.id = v.document_id WHERE d.reference = @r AND v.version_no = 1",
            new { r = document.Reference })!;
        string before;
        await using (var connection = await core.Database.OpenAsync())
        {
            before = Stored(connection);
        }

        var runner = new ChunkRunner(core.Database, history.Stores, _clock);
        var first = await runner.RunAsync(chunk);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = await runner.RunAsync(chunk);

        Assert.Equal((1, 1), (first.Conflicts, second.Conflicts));
        await using var read = await core.Database.OpenAsync();
        Assert.Equal(before, Stored(read));
        var conflict = Assert.Single(await read.QueryAsync<(string Reference, long Version, string Chunk)>("SELECT reference, version_no, chunk_id FROM migration_conflict"));
        Assert.Equal((document.Reference, 1L, chunk.Id), conflict);
        Assert.Contains("conflicts=1 ", (await core.CheckpointsAsync())[0], StringComparison.Ordinal);
    }

    internal static async Task<List<LegacyDocument>> ReadAsync(IReadOnlyList<Parity.Stores.LegacyStore> stores, BackfillChunk chunk)
    {
        var store = stores.Single(s => s.Reader.Interface == chunk.Interface);
        var documents = new List<LegacyDocument>();
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await foreach (var read in store.Reader.ReadAsync(connection, LegacySelection.Day(chunk.Day, chunk.Unit.Mode())))
        {
            documents.Add(read.Document ?? throw new InvalidOperationException("quarantined"));
        }

        return documents;
    }
}
