using System.Data.Common;
using Dapper;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Documents;
using static Strangler.Core.Ingest.Tests.ConsignmentReports;

namespace Strangler.Core.Ingest.Tests;

/// <summary>The bulk ingest against the online writer, run on each provider by a subclass.</summary>
public abstract class BulkIngestTests(StorePair stores)
{
    private readonly BulkIngest _ingest = new(stores.Bulk);

    [Fact]
    public async Task A_batch_stores_exactly_the_rows_the_online_writer_stores_for_the_same_versions()
    {
        var (first, second) = (Unique(), Unique());
        var batch = new List<DocumentVersion>
        {
            Version(first, 1, Report("160-10000011")),
            Version(first, 2, Report("160-10000011", 130m), DocumentFunction.Amendment),
            Version(second, 1, Report("160-10000022")),
        };

        await SaveOnlineAsync(batch);
        var result = await _ingest.IngestAsync([batch[2], batch[1], batch[0]]);

        Assert.Equal((3, 0), (result.Inserted, result.Skipped));
        Assert.Empty(result.Conflicts);
        Assert.Equal(await StoredRows.OfAsync(stores.Online, first, second), await StoredRows.OfAsync(stores.Bulk, first, second));
        Assert.Equal(8, (await StoredRows.OfAsync(stores.Bulk, first, second)).Count); // 2 heads, 3 versions, 3 events
    }

    [Fact]
    public async Task Re_ingesting_a_batch_changes_nothing_and_counts_every_version_as_skipped()
    {
        var reference = Unique();
        var batch = new[] { Version(reference, 1, Report("160-10000033")), Version(reference, 2, null, DocumentFunction.Cancellation) };
        await _ingest.IngestAsync(batch);
        var before = await StoredRows.OfAsync(stores.Bulk, reference);

        var again = await _ingest.IngestAsync(batch);

        Assert.Equal((0, 2), (again.Inserted, again.Skipped));
        Assert.Empty(again.Conflicts);
        Assert.Equal(before, await StoredRows.OfAsync(stores.Bulk, reference));
    }

    [Fact]
    public async Task A_changed_version_is_a_conflict_returned_and_nothing_of_it_is_written()
    {
        var (stored, fresh) = (Unique(), Unique());
        await _ingest.IngestAsync([Version(stored, 1, Report("160-10000044"))]);
        var before = await StoredRows.OfAsync(stores.Bulk, stored);

        var result = await _ingest.IngestAsync([Version(stored, 1, Report("160-10000044", 999m)), Version(fresh, 1, Report("160-10000055"))]);

        Assert.Equal((1, 0), (result.Inserted, result.Skipped));
        Assert.Equal([new IngestConflict(stored, 1)], result.Conflicts);
        Assert.Equal(before, await StoredRows.OfAsync(stores.Bulk, stored));
        Assert.Equal(1, await CountEventsAsync(fresh));
    }

    [Fact]
    public async Task A_repeat_inside_one_batch_is_skipped_when_equal_and_a_conflict_when_changed()
    {
        var reference = Unique();
        var original = Version(reference, 1, Report("160-10000066"));

        var result = await _ingest.IngestAsync([original, original, Version(reference, 1, Report("160-10000066", 1m))]);

        Assert.Equal((1, 1), (result.Inserted, result.Skipped));
        Assert.Equal([new IngestConflict(reference, 1)], result.Conflicts);
        Assert.Equal(CanonicalChecksum(original), await StoredChecksumAsync(reference, 1));
    }

    [Fact]
    public async Task A_mixed_prepared_batch_inserts_the_new_versions_and_skips_those_the_online_writer_stored()
    {
        var reference = Unique();
        var versions = new[]
        {
            Version(reference, 1, Report("160-10000077")),
            Version(reference, 2, Report("160-10000077", 140m), DocumentFunction.Amendment),
            Version(reference, 3, Report("160-10000077", 150m), DocumentFunction.Amendment),
        };
        await SaveOnlineAsync(versions);
        await new DocumentWriter(stores.Bulk).SaveVersionAsync(versions[0]);

        var result = await _ingest.IngestAsync(_ingest.Prepare(versions));

        Assert.Equal((2, 1), (result.Inserted, result.Skipped));
        Assert.Empty(result.Conflicts);
        Assert.Equal(await StoredRows.OfAsync(stores.Online, reference), await StoredRows.OfAsync(stores.Bulk, reference));
    }

    [Fact]
    public async Task Amendments_and_cancellations_in_one_unordered_batch_leave_the_heads_as_the_online_path_does()
    {
        var (cancelled, late) = (Unique(), Unique());
        var cancelledVersions = new[]
        {
            Version(cancelled, 1, Report("160-10000088")),
            Version(cancelled, 2, Report("160-10000088", 160m), DocumentFunction.Amendment),
            Version(cancelled, 3, null, DocumentFunction.Cancellation),
        };
        // A cancellation stored below a later amendment does not cancel: the online writer compares it with the head.
        var lateVersions = new[]
        {
            Version(late, 1, Report("160-10000099")),
            Version(late, 3, Report("160-10000099", 170m), DocumentFunction.Amendment),
        };
        var lateCancellation = Version(late, 2, null, DocumentFunction.Cancellation);
        await SaveOnlineAsync([.. cancelledVersions, .. lateVersions, lateCancellation]);

        await _ingest.IngestAsync([cancelledVersions[2], lateVersions[1], cancelledVersions[0], lateVersions[0], cancelledVersions[1]]);
        await _ingest.IngestAsync([lateCancellation]);

        var reader = new DocumentReader(stores.Bulk);
        Assert.Equal((3, DocumentStatus.Cancelled), Head(await reader.DocumentAsync(cancelled)));
        Assert.Equal((3, DocumentStatus.Active), Head(await reader.DocumentAsync(late)));
        Assert.Equal(await StoredRows.OfAsync(stores.Online, cancelled, late), await StoredRows.OfAsync(stores.Bulk, cancelled, late));
    }

    [Fact]
    public async Task The_callers_statement_is_given_the_ingests_own_result_before_the_commit()
    {
        var reference = Unique();
        await _ingest.IngestAsync([Version(reference, 1, Report("160-10000301"))]);
        IngestResult? seen = null;

        var result = await _ingest.IngestAsync(
            [Version(reference, 1, Report("160-10000301")), Version(reference, 2, Report("160-10000302")), Version(Unique(), 1, Report("160-10000303"))],
            (_, _, ingested) =>
            {
                seen = ingested;
                return Task.CompletedTask;
            });

        Assert.Equal((2, 1, 0), (result.Inserted, result.Skipped, result.Conflicts.Count));
        Assert.Same(result, seen);
    }

    [Fact]
    public async Task The_callers_statement_commits_with_the_rows()
    {
        var (reference, chunk) = (Unique(), Unique());

        await _ingest.IngestAsync([Version(reference, 1, Report("160-10000101"))], (connection, transaction) => CheckpointAsync(connection, transaction, chunk));

        Assert.Equal(1, await CountCheckpointsAsync(chunk));
        Assert.Equal(1, await CountEventsAsync(reference));
    }

    [Fact]
    public async Task When_the_callers_statement_fails_the_rows_roll_back_with_it()
    {
        var (reference, chunk) = (Unique(), Unique());

        await Assert.ThrowsAsync<InvalidOperationException>(() => _ingest.IngestAsync(
            [Version(reference, 1, Report("160-10000112"))],
            async (connection, transaction) =>
            {
                await CheckpointAsync(connection, transaction, chunk);
                throw new InvalidOperationException("the backfill worker stops here");
            }));

        Assert.Equal(0, await CountCheckpointsAsync(chunk));
        Assert.Null(await new DocumentReader(stores.Bulk).DocumentAsync(reference));
    }

    [Fact]
    public async Task A_first_version_without_a_document_throws_and_stores_nothing_of_the_batch()
    {
        var (orphan, good) = (Unique(), Unique());

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _ingest.IngestAsync(
            [Version(good, 1, Report("160-10000123")), Version(orphan, 1, null, DocumentFunction.Cancellation)]));

        Assert.Equal($"The first version saved for {orphan} carries no document.", failure.Message);
        Assert.Null(await new DocumentReader(stores.Bulk).DocumentAsync(good));
    }

    private static (int, DocumentStatus) Head(StoredDocument? document) =>
        document is null ? (0, DocumentStatus.Active) : (document.CurrentVersion, document.Status);

    private static string CanonicalChecksum(DocumentVersion version) => Model.Canonical.CanonicalForm.Checksum(version);

    private static string Unique() => "ING" + Guid.NewGuid().ToString("N")[..20].ToUpperInvariant();

    private static Task CheckpointAsync(DbConnection connection, DbTransaction transaction, string chunk) =>
        connection.ExecuteAsync($"INSERT INTO {StorePair.CheckpointTable} (chunk) VALUES (@chunk)", new { chunk }, transaction);

    private async Task SaveOnlineAsync(IEnumerable<DocumentVersion> versions)
    {
        var writer = new DocumentWriter(stores.Online);
        foreach (var version in versions)
        {
            Assert.Equal(SaveOutcome.Saved, await writer.SaveVersionAsync(version));
        }
    }

    private Task<long> CountCheckpointsAsync(string chunk) =>
        StoredRows.CountAsync(stores.Bulk, $"SELECT COUNT(*) FROM {StorePair.CheckpointTable} WHERE chunk = @chunk", new { chunk });

    private Task<long> CountEventsAsync(string reference) => StoredRows.CountAsync(
        stores.Bulk,
        "SELECT COUNT(*) FROM core_document_event e JOIN core_document d ON d.id = e.document_id WHERE d.reference = @reference",
        new { reference });

    private async Task<string?> StoredChecksumAsync(string reference, int number)
    {
        await using var connection = await stores.Bulk.OpenAsync();
        return await connection.ExecuteScalarAsync<string>(
            "SELECT v.checksum FROM core_document_version v JOIN core_document d ON d.id = v.document_id WHERE d.reference = @reference AND v.version_no = @number",
            new { reference, number });
    }
}
