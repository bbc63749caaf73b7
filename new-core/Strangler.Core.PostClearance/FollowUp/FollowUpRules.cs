using System.Data.Common;
using System.Globalization;
using Dapper;
using Strangler.Contracts.Time;
using Strangler.Core.Store.Database;

namespace Strangler.Core.PostClearance.FollowUp;

/// <summary>
/// The 14-day rule (Cap. 60E, GLOSSARY TDEC): manifested cargo whose import/export date is more than 14 Hong Kong
/// calendar days before today, with no declaration naming its transport document, opens a follow-up case; a
/// declaration naming it later closes the case. Transit and transhipment cargo needs no TDEC and is left out, and so is
/// a master document whose houses are manifested (the houses are what importers declare).
/// </summary>
internal sealed class FollowUpRules(CoreDatabase database)
{
    public const int DaysToDeclare = 14;

    // EMAN refs (RFF+MRN) name a whole manifest, not one consignment: they match, but never close a consignment's case.
    private const string Candidates = """
        SELECT c.doc_key AS DocKey, c.doc_number AS DocNumber, c.kind AS Kind, c.reference AS Reference, c.mode AS Mode,
               c.direction AS Direction, c.event_date AS EventDate, c.carrier AS Carrier, c.client_key AS ClientKey
        FROM core_postclearance_consignment c
        WHERE c.event_date IS NOT NULL AND c.event_date <= @Cutoff AND c.direction <> 'Transit' AND c.transhipment = @No
          AND NOT EXISTS (SELECT 1 FROM core_postclearance_named_document n WHERE n.doc_key = c.doc_key AND n.kind <> 'ManifestReference')
          AND NOT EXISTS (SELECT 1 FROM core_postclearance_consignment h WHERE h.master_key = c.doc_key)
          AND NOT EXISTS (SELECT 1 FROM core_postclearance_case k WHERE k.doc_key = c.doc_key)
        ORDER BY c.event_date, c.doc_key, c.reference
        """;

    private const string Open = """
        INSERT INTO core_postclearance_case
            (doc_key, doc_number, kind, reference, mode, direction, event_date, carrier, client_key, opened_at)
        VALUES (@DocKey, @DocNumber, @Kind, @Reference, @Mode, @Direction, @EventDate, @Carrier, @ClientKey, @OpenedAt)
        ON CONFLICT (doc_key) DO NOTHING
        """;

    private const string Closers = """
        SELECT k.id AS Id, n.tdec AS Tdec, n.received_at AS ReceivedAt
        FROM core_postclearance_case k
        JOIN core_postclearance_named_document n ON n.doc_key = k.doc_key AND n.kind <> 'ManifestReference'
        WHERE k.closed_at IS NULL
        ORDER BY k.id, n.received_at, n.tdec
        """;

    private const string Close = "UPDATE core_postclearance_case SET closed_at = @ClosedAt, closed_by = @Tdec WHERE id = @Id AND closed_at IS NULL";

    /// <summary>Opens the cases due on <paramref name="now"/>'s Hong Kong date and closes the declared ones, in one transaction.</summary>
    public Task<(int Opened, int Closed)> ApplyAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = HongKongTime.Date(now).AddDays(-(DaysToDeclare + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var openedAt = StoredTime.Write(database.Provider, HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(now)));
        return database.WriteAsync(async (connection, transaction) =>
        {
            var opened = await OpenDueAsync(connection, transaction, cutoff, openedAt, cancellationToken);
            var closed = await CloseDeclaredAsync(connection, transaction, cancellationToken);
            return (opened, closed);
        }, cancellationToken);
    }

    private static async Task<int> OpenDueAsync(
        DbConnection connection, DbTransaction transaction, string cutoff, object openedAt, CancellationToken cancellationToken)
    {
        var due = await connection.QueryAsync<CandidateRow>(new CommandDefinition(
            Candidates, new { Cutoff = cutoff, No = false }, transaction, cancellationToken: cancellationToken));
        var opened = 0;
        foreach (var c in due.DistinctBy(c => c.DocKey))
        {
            opened += await connection.ExecuteAsync(new CommandDefinition(Open, new
            {
                c.DocKey,
                c.DocNumber,
                c.Kind,
                c.Reference,
                c.Mode,
                c.Direction,
                c.EventDate,
                c.Carrier,
                c.ClientKey,
                OpenedAt = openedAt,
            }, transaction, cancellationToken: cancellationToken));
        }

        return opened;
    }

    // The earliest declaration closes the case, at the time it was lodged.
    private async Task<int> CloseDeclaredAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var closers = await connection.QueryAsync<CloserRow>(new CommandDefinition(Closers, transaction: transaction, cancellationToken: cancellationToken));
        var closed = 0;
        foreach (var c in closers.DistinctBy(c => c.Id))
        {
            closed += await connection.ExecuteAsync(new CommandDefinition(
                Close, new { c.Id, c.Tdec, ClosedAt = StoredTime.Write(database.Provider, StoredTime.Read(c.ReceivedAt)) }, transaction, cancellationToken: cancellationToken));
        }

        return closed;
    }

    private sealed class CandidateRow
    {
        public string DocKey { get; set; } = "";

        public string DocNumber { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Reference { get; set; } = "";

        public string? Mode { get; set; }

        public string Direction { get; set; } = "";

        public string EventDate { get; set; } = "";

        public string? Carrier { get; set; }

        public string ClientKey { get; set; } = "";
    }

    private sealed class CloserRow
    {
        public long Id { get; set; }

        public string Tdec { get; set; } = "";

        public object ReceivedAt { get; set; } = "";
    }
}
