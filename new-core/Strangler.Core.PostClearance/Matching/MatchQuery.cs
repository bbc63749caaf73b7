using System.Data.Common;
using System.Globalization;
using Dapper;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Store.Database;

namespace Strangler.Core.PostClearance.Matching;

/// <summary>Reads the match index: the matches of one reference (a TDEC number, a transport document, an EMAN ref) and the unmatched declarations.</summary>
internal sealed class MatchQuery(CoreDatabase database)
{
    private const string Mrn = nameof(TransportDocumentKind.ManifestReference);

    private const string ConsignmentColumns = """
        SELECT reference AS Reference, doc_number AS DocNumber, kind AS Kind, source_key AS SourceKey, mode AS Mode,
               direction AS Direction, event_date AS EventDate, licences AS Licences, carrier AS Carrier, client_key AS ClientKey
        FROM core_postclearance_consignment
        """;

    private const string NamedColumns = """
        SELECT tdec AS Tdec, kind AS Kind, doc_key AS DocKey, doc_number AS DocNumber, received_at AS ReceivedAt, client_key AS ClientKey
        FROM core_postclearance_named_document
        """;

    // A consignment matches a B/L, AWB or CCRN by its own document; an EMAN ref names the manifest that carries it.
    private const string UnmatchedWhere = $"""

        WHERE NOT EXISTS (SELECT 1 FROM core_postclearance_consignment c
                          WHERE (n.kind <> '{Mrn}' AND c.doc_key = n.doc_key) OR (n.kind = '{Mrn}' AND c.source_key = n.doc_key))
        """;

    public async Task<DocumentMatches?> MatchesAsync(string reference, CancellationToken cancellationToken)
    {
        var key = DocumentKey.Of(reference);
        await using var connection = await database.OpenAsync(cancellationToken);
        var declared = await NamedAsync(connection, NamedColumns + " WHERE tdec = @Tdec ORDER BY kind, doc_key", new { Tdec = reference.Trim() }, cancellationToken);
        List<ConsignmentRow> consignments;
        List<NamedRow> named;
        if (declared.Count > 0)
        {
            named = declared;
            consignments = await ConsignmentsAsync(
                connection,
                ConsignmentColumns + $" WHERE {In("doc_key", "Documents")} OR {In("source_key", "Manifests")} ORDER BY reference, doc_key",
                new { Documents = KeysOf(declared, mrn: false), Manifests = KeysOf(declared, mrn: true) },
                cancellationToken);
        }
        else
        {
            consignments = await ConsignmentsAsync(
                connection, ConsignmentColumns + " WHERE doc_key = @Key OR source_key = @Key ORDER BY reference, doc_key", new { Key = key }, cancellationToken);
            var manifests = consignments.Select(c => c.SourceKey).Append(key).Distinct().ToArray();
            named = await NamedAsync(
                connection,
                NamedColumns + $" WHERE (kind <> '{Mrn}' AND doc_key = @Key) OR (kind = '{Mrn}' AND {In("doc_key", "Manifests")}) ORDER BY tdec, kind, doc_key",
                new { Key = key, Manifests = manifests },
                cancellationToken);
        }

        return consignments.Count == 0 && named.Count == 0
            ? null
            : new DocumentMatches(reference.Trim(), consignments.Select(c => c.ToMatch()).ToList(), named.Select(n => n.ToMatch()).ToList());
    }

    /// <summary>Declarations (by TDEC number, after <paramref name="after"/>) naming at least one document the platform does not carry.</summary>
    public async Task<IReadOnlyList<UnmatchedDeclaration>> UnmatchedAsync(string after, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var tdecs = (await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT DISTINCT n.tdec FROM core_postclearance_named_document n {UnmatchedWhere} AND n.tdec > @After ORDER BY n.tdec LIMIT @Max",
            new { After = after, Max = max }, cancellationToken: cancellationToken))).ToList();
        if (tdecs.Count == 0)
        {
            return [];
        }

        var rows = await NamedAsync(
            connection,
            NamedColumns.Replace("FROM core_postclearance_named_document", "FROM core_postclearance_named_document n", StringComparison.Ordinal)
                + UnmatchedWhere + $" AND {In("n.tdec", "Tdecs")} ORDER BY n.tdec, n.kind, n.doc_key",
            new { Tdecs = tdecs.ToArray() },
            cancellationToken);
        return rows.GroupBy(r => r.Tdec)
            .Select(g => new UnmatchedDeclaration(g.Key, g.First().ToMatch().ReceivedAt, g.First().ClientKey, g.Select(r => r.ToMatch()).ToList()))
            .ToList();
    }

    private static string[] KeysOf(List<NamedRow> named, bool mrn) =>
        named.Where(n => (n.Kind == Mrn) == mrn).Select(n => n.DocKey).Append("").ToArray(); // "" keeps IN () well formed

    // Dapper expands a list into IN (...) on SQLite but passes it as one array parameter to Npgsql.
    private string In(string column, string parameter) =>
        database.Provider == CoreStoreProvider.Postgres ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";

    private static async Task<List<NamedRow>> NamedAsync(DbConnection connection, string sql, object parameters, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<NamedRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).ToList();

    private static async Task<List<ConsignmentRow>> ConsignmentsAsync(
        DbConnection connection, string sql, object parameters, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<ConsignmentRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).ToList();

    private sealed class ConsignmentRow
    {
        public string Reference { get; set; } = "";

        public string DocNumber { get; set; } = "";

        public string Kind { get; set; } = "";

        public string SourceKey { get; set; } = "";

        public string? Mode { get; set; }

        public string Direction { get; set; } = "";

        public string? EventDate { get; set; }

        public string? Licences { get; set; }

        public string? Carrier { get; set; }

        public string ClientKey { get; set; } = "";

        public ConsignmentMatch ToMatch() => new(
            Reference,
            DocNumber,
            Kind,
            Mode,
            Direction,
            EventDate is null ? null : DateOnly.ParseExact(EventDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Licences is null ? [] : Licences.Split(' '),
            Carrier,
            ClientKey);
    }

    private sealed class NamedRow
    {
        public string Tdec { get; set; } = "";

        public string Kind { get; set; } = "";

        public string DocKey { get; set; } = "";

        public string DocNumber { get; set; } = "";

        public object ReceivedAt { get; set; } = "";

        public string ClientKey { get; set; } = "";

        public DeclarationMatch ToMatch() => new(Tdec, Kind, DocNumber, HongKongTime.ToHongKong(StoredTime.Read(ReceivedAt)), ClientKey);
    }
}
