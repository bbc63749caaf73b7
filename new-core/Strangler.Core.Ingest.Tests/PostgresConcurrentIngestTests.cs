using Dapper;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Documents;
using static Strangler.Core.Ingest.Tests.ConsignmentReports;

namespace Strangler.Core.Ingest.Tests;

/// <summary>
/// Two ingests of the same chunk from two connections, forced to overlap: the first holds its transaction open (in its
/// checkpoint statement) until the second is seen waiting on a lock, then commits. The second must then find every
/// version stored: no version or event twice, no conflict, the heads as the online writer leaves them.
/// </summary>
public sealed class PostgresConcurrentIngestTests(PostgresStorePair stores) : IClassFixture<PostgresStorePair>
{
    [Fact]
    public async Task A_concurrent_ingest_of_the_same_new_documents_waits_and_then_skips_every_version()
    {
        var references = Enumerable.Range(0, 50).Select(_ => Unique()).ToArray();
        var chunk = references.Select((r, i) => Version(r, 1, Report($"160-2{i:D7}"))).ToArray();

        var (first, second) = await IngestOverlappingAsync(chunk);

        Assert.Equal((50, 0), (first.Inserted, first.Skipped));
        Assert.Equal((0, 50), (second.Inserted, second.Skipped));
        Assert.Empty(second.Conflicts);
        Assert.Equal((50L, 50L, 50L), await CountRowsAsync(references));
    }

    [Fact]
    public async Task A_concurrent_ingest_of_the_same_cancellations_of_stored_documents_waits_and_then_skips_them()
    {
        var references = Enumerable.Range(0, 20).Select(_ => Unique()).ToArray();
        await new BulkIngest(stores.Bulk).IngestAsync([.. references.Select((r, i) => Version(r, 1, Report($"160-3{i:D7}")))]);
        // Versions without a document insert no document row, so only the row locks make the second ingest wait.
        var chunk = references.Select(r => Version(r, 2, null, DocumentFunction.Cancellation)).ToArray();

        var (first, second) = await IngestOverlappingAsync(chunk);

        Assert.Equal((20, 0), (first.Inserted, first.Skipped));
        Assert.Equal((0, 20), (second.Inserted, second.Skipped));
        Assert.Equal((20L, 40L, 40L), await CountRowsAsync(references));
        var head = await new DocumentReader(stores.Bulk).DocumentAsync(references[7]);
        Assert.Equal((2, DocumentStatus.Cancelled), (head!.CurrentVersion, head.Status));
    }

    private async Task<(IngestResult First, IngestResult Second)> IngestOverlappingAsync(DocumentVersion[] chunk)
    {
        Task<IngestResult>? second = null;
        var first = await new BulkIngest(stores.Bulk).IngestAsync(chunk, async (_, _) =>
        {
            second = Task.Run(() => new BulkIngest(stores.Bulk).IngestAsync(chunk));
            await WaitUntilAnIngestWaitsOnALockAsync();
        });

        return (first, await second!);
    }

    private async Task WaitUntilAnIngestWaitsOnALockAsync()
    {
        await using var connection = await stores.Bulk.OpenAsync();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var waiting = await connection.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
            if (waiting > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The second ingest never waited on the first one's locks.");
    }

    private async Task<(long Documents, long Versions, long Events)> CountRowsAsync(string[] references)
    {
        await using var connection = await stores.Bulk.OpenAsync();
        return await connection.QuerySingleAsync<(long, long, long)>(
            """
            SELECT (SELECT count(*) FROM core_document WHERE reference = ANY(@references)),
                   (SELECT count(*) FROM core_document_version v JOIN core_document d ON d.id = v.document_id WHERE d.reference = ANY(@references)),
                   (SELECT count(*) FROM core_document_event e JOIN core_document d ON d.id = e.document_id WHERE d.reference = ANY(@references))
            """,
            new { references });
    }

    private static string Unique() => "CON" + Guid.NewGuid().ToString("N")[..20].ToUpperInvariant();
}
