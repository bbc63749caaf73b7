using System.Data.Common;
using Dapper;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.PostClearance.Matching;

/// <summary>
/// Keeps the match index up to date incrementally: reads the document events recorded since its checkpoint, re-indexes
/// each document they concern from its stored versions, and moves the checkpoint in the same transaction.
/// </summary>
internal sealed class MatchIndexer(CoreDatabase database, DocumentReader reader)
{
    private const string Checkpoint = "match-index";
    private const int BatchSize = 500;

    // PostgreSQL hands out identity values before commit, so an event may become visible after a higher one was
    // processed: each run looks back this many events. Re-indexing a document is idempotent, so the overlap is harmless.
    private const int CommitOrderOverlap = 100;

    private const string ReadCheckpoint = "SELECT last_event_id FROM core_postclearance_checkpoint WHERE name = @Name";

    private const string EventsAfter = """
        SELECT e.id AS Id, d.reference AS Reference
        FROM core_document_event e JOIN core_document d ON d.id = e.document_id
        WHERE e.id > @After ORDER BY e.id LIMIT @Max
        """;

    private const string SaveCheckpoint = """
        INSERT INTO core_postclearance_checkpoint (name, last_event_id) VALUES (@Name, @Id)
        ON CONFLICT (name) DO UPDATE SET last_event_id =
            CASE WHEN excluded.last_event_id > core_postclearance_checkpoint.last_event_id
                 THEN excluded.last_event_id ELSE core_postclearance_checkpoint.last_event_id END
        """;

    // Two instances may re-index the same document at once on PostgreSQL; the second insert then finds the rows in place.
    private const string DeleteConsignments = "DELETE FROM core_postclearance_consignment WHERE reference = @Reference";

    private const string DeleteNamed = "DELETE FROM core_postclearance_named_document WHERE tdec = @Reference";

    private const string InsertConsignment = """
        INSERT INTO core_postclearance_consignment
            (reference, doc_key, doc_number, kind, master_key, source_key, mode, direction, event_date, transhipment, licences, carrier, client_key)
        VALUES (@Reference, @DocKey, @DocNumber, @Kind, @MasterKey, @SourceKey, @Mode, @Direction, @EventDate, @Transhipment, @Licences, @Carrier, @ClientKey)
        ON CONFLICT (reference, doc_key) DO NOTHING
        """;

    private const string InsertNamed = """
        INSERT INTO core_postclearance_named_document (tdec, kind, doc_key, doc_number, received_at, client_key)
        VALUES (@Tdec, @Kind, @DocKey, @DocNumber, @ReceivedAt, @ClientKey)
        ON CONFLICT (tdec, kind, doc_key) DO NOTHING
        """;

    /// <summary>Indexes everything recorded since the checkpoint; returns how many documents were (re-)indexed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        long checkpoint;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            checkpoint = await connection.QuerySingleOrDefaultAsync<long?>(
                new CommandDefinition(ReadCheckpoint, new { Name = Checkpoint }, cancellationToken: cancellationToken)) ?? 0;
        }

        var after = Math.Max(0, checkpoint - CommitOrderOverlap);
        var indexed = 0;
        while (true)
        {
            List<EventRow> events;
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                events = (await connection.QueryAsync<EventRow>(new CommandDefinition(
                    EventsAfter, new { After = after, Max = BatchSize }, cancellationToken: cancellationToken))).ToList();
            }

            if (events.Count == 0)
            {
                return indexed;
            }

            var references = events.Select(e => e.Reference).Distinct(StringComparer.Ordinal).ToList();
            var entries = new List<(string Reference, IndexEntries Entries)>();
            foreach (var reference in references)
            {
                entries.Add((reference, await EntriesOfAsync(reference, cancellationToken)));
            }

            after = events[^1].Id;
            await database.WriteAsync(async (connection, transaction) =>
            {
                foreach (var (reference, document) in entries)
                {
                    await ReplaceAsync(connection, transaction, reference, document, cancellationToken);
                }

                return await connection.ExecuteAsync(new CommandDefinition(
                    SaveCheckpoint, new { Name = Checkpoint, Id = after }, transaction, cancellationToken: cancellationToken));
            }, cancellationToken);
            indexed += references.Count;
        }
    }

    private async Task<IndexEntries> EntriesOfAsync(string reference, CancellationToken cancellationToken)
    {
        var head = await reader.DocumentAsync(reference, cancellationToken);
        return head is null ? IndexEntries.None : IndexEntries.Of(head, await reader.VersionsAsync(reference, cancellationToken));
    }

    private async Task ReplaceAsync(
        DbConnection connection, DbTransaction transaction, string reference, IndexEntries entries, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(DeleteConsignments, new { Reference = reference }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(DeleteNamed, new { Reference = reference }, transaction, cancellationToken: cancellationToken));
        foreach (var c in entries.Consignments)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertConsignment, new
            {
                c.Reference,
                c.DocKey,
                c.DocNumber,
                c.Kind,
                c.MasterKey,
                c.SourceKey,
                c.Mode,
                c.Direction,
                EventDate = c.EventDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                c.Transhipment,
                c.Licences,
                c.Carrier,
                c.ClientKey,
            }, transaction, cancellationToken: cancellationToken));
        }

        foreach (var n in entries.Named)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertNamed, new
            {
                n.Tdec,
                n.Kind,
                n.DocKey,
                n.DocNumber,
                ReceivedAt = StoredTime.Write(database.Provider, n.ReceivedAt),
                n.ClientKey,
            }, transaction, cancellationToken: cancellationToken));
        }
    }

    private sealed class EventRow
    {
        public long Id { get; set; }

        public string Reference { get; set; } = "";
    }
}
