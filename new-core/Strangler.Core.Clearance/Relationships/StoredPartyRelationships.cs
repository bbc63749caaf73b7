using Dapper;
using Microsoft.Extensions.Options;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Subjects;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Clearance.Relationships;

/// <summary>
/// Relationship analysis over the stored parties of earlier subjects: a handful of indexed look-ups by the subject's party
/// identities and addresses, each capped at <see cref="ClearanceOptions.RelationshipHistoryCap"/> rows (newest first), so
/// the cost does not grow with the history. Links are scored as <see cref="InMemoryPartyRelationships"/> scores them.
/// </summary>
public sealed class StoredPartyRelationships(CoreDatabase database, IOptions<ClearanceOptions> options) : IPartyRelationships
{
    private readonly RelationshipWeights _weights = RelationshipWeights.Default;
    private readonly Sql _sql = new(database.Provider);

    /// <summary>Interface form of <see cref="ScoreAsync"/>; the clearance calls the async one.</summary>
    public RelationshipScore Score(RiskSubject subject) => ScoreAsync(subject).GetAwaiter().GetResult();

    public async Task<RelationshipScore> ScoreAsync(RiskSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Parties.Count == 0)
        {
            return RelationshipScore.None;
        }

        var mine = subject.Parties.Select(p => (Party: p, Id: PartyIdentity.Of(p), Address: PartyIdentity.AddressOf(p))).ToList();
        var ids = mine.Select(m => m.Id).Distinct().ToArray();
        var addresses = mine.Select(m => m.Address).OfType<string>().Distinct().ToArray();
        var consignees = mine.Where(m => m.Party.Role == PartyRole.Consignee).Select(m => m.Id).Distinct().ToArray();
        var declarants = mine.Where(m => m.Party.Role == PartyRole.Declarant).Select(m => m.Id).Distinct().ToArray();
        var args = new DynamicParameters(new { Kind = subject.Kind.ToString(), subject.Reference, Cap = options.Value.RelationshipHistoryCap });
        args.Add("Ids", ids);
        args.Add("Addresses", addresses);
        args.Add("Consignees", consignees);
        args.Add("Declarants", declarants);

        await using var connection = await database.OpenAsync(cancellationToken);
        var links = new List<RelationshipLink>();
        var seen = new HashSet<(RelationshipLinkKind, string, string)>();
        var linked = new List<(SubjectParty Mine, string TheirId, string TheirName)>();
        void Link(RelationshipLinkKind kind, SubjectParty party, string partyId, string theirId, string theirName, string document)
        {
            if (seen.Add((kind, partyId, theirId)))
            {
                links.Add(new RelationshipLink(kind, party.Name, theirName, document, _weights.Of(kind)));
            }
        }

        // The subject's own parties on documents examined with findings.
        foreach (var row in await QueryAsync(connection, _sql.OwnFindings, args, ids.Length > 0))
        {
            foreach (var m in mine.Where(m => m.Id == row.Identity))
            {
                Link(RelationshipLinkKind.PreviouslyExaminedWithFindings, m.Party, m.Id, row.Identity, row.Name, row.Reference);
            }
        }

        foreach (var row in await QueryAsync(connection, _sql.SharedAddresses, args, addresses.Length > 0))
        {
            foreach (var m in mine.Where(m => m.Address == row.LinkKey && !ids.Contains(row.Identity)))
            {
                Link(RelationshipLinkKind.SharedAddress, m.Party, m.Id, row.Identity, row.Name, row.Reference);
                linked.Add((m.Party, row.Identity, row.Name));
            }
        }

        foreach (var (kind, sql, role, any) in new[]
        {
            (RelationshipLinkKind.SharedConsignee, _sql.BesideConsignee, PartyRole.Consignee, consignees.Length > 0),
            (RelationshipLinkKind.SharedDeclarant, _sql.BesideDeclarant, PartyRole.Declarant, declarants.Length > 0),
        })
        {
            foreach (var row in await QueryAsync(connection, sql, args, any))
            {
                foreach (var m in mine.Where(m => m.Party.Role == role && m.Id == row.LinkKey && !ids.Contains(row.Identity)))
                {
                    Link(kind, m.Party, m.Id, row.Identity, row.Name, row.Reference);
                    linked.Add((m.Party, row.Identity, row.Name));
                }
            }
        }

        if (linked.Count > 0)
        {
            // A linked party with findings counts once, however many links lead to it.
            var theirs = new DynamicParameters(new { Cap = options.Value.RelationshipHistoryCap });
            theirs.Add("Ids", linked.Select(l => l.TheirId).Distinct().ToArray());
            var findings = (await connection.QueryAsync<HistoryRow>(_sql.LinkedFindings, theirs))
                .GroupBy(r => r.Identity).ToDictionary(g => g.Key, g => g.First().Reference);
            var flagged = new HashSet<string>();
            foreach (var (party, theirId, theirName) in linked)
            {
                if (findings.TryGetValue(theirId, out var document) && flagged.Add(theirId))
                {
                    Link(RelationshipLinkKind.LinkedToPartyWithFindings, party, PartyIdentity.Of(party), theirId, theirName, document);
                }
            }
        }

        return links.Count == 0 ? RelationshipScore.None : new RelationshipScore(links.Sum(l => l.Points), links);
    }

    private static async Task<IEnumerable<HistoryRow>> QueryAsync(System.Data.Common.DbConnection connection, string sql, DynamicParameters args, bool any) =>
        any ? await connection.QueryAsync<HistoryRow>(sql, args) : [];

    /// <summary>One history row: the key it was found by (address or identity of the subject's party), the other party, its document.</summary>
    private sealed class HistoryRow
    {
        public string LinkKey { get; set; } = "";

        public string Identity { get; set; } = "";

        public string Name { get; set; } = "";

        public string Reference { get; set; } = "";
    }

    /// <summary>The look-ups; a list parameter is <c>= ANY(array)</c> on PostgreSQL (Dapper passes arrays there) and <c>IN (...)</c> on SQLite.</summary>
    private sealed class Sql(CoreStoreProvider provider)
    {
        // An earlier version of the same subject links it to nothing new.
        private const string OtherSubject = "NOT (p.subject_kind = @Kind AND p.reference = @Reference)";

        private const string Columns = "p.identity AS Identity, p.name AS Name, p.reference AS Reference";

        public string OwnFindings => "SELECT p.identity AS LinkKey, " + Columns + " FROM core_clearance_party p WHERE "
            + In("p.identity", "Ids") + " AND p.with_findings = TRUE AND " + OtherSubject + " ORDER BY p.id DESC LIMIT @Cap";

        public string SharedAddresses => "SELECT p.address_key AS LinkKey, " + Columns + " FROM core_clearance_party p WHERE "
            + In("p.address_key", "Addresses") + " AND " + OtherSubject + " ORDER BY p.id DESC LIMIT @Cap";

        // Another consignor beside the same consignee; another trader beside the same declarant.
        public string BesideConsignee => Beside("Consignees", "'Consignee'", "('Consignor')");

        public string BesideDeclarant => Beside("Declarants", "'Declarant'", "('Consignor', 'Consignee')");

        public string LinkedFindings => "SELECT p.identity AS LinkKey, " + Columns + " FROM core_clearance_party p WHERE "
            + In("p.identity", "Ids") + " AND p.with_findings = TRUE ORDER BY p.id DESC LIMIT @Cap";

        private string Beside(string list, string role, string otherRoles) =>
            "SELECT m.identity AS LinkKey, " + Columns + " FROM core_clearance_party m "
            + "JOIN core_clearance_party p ON p.subject_kind = m.subject_kind AND p.reference = m.reference WHERE "
            + In("m.identity", list) + $" AND m.role = {role} AND p.role IN {otherRoles} AND " + OtherSubject + " ORDER BY m.id DESC LIMIT @Cap";

        private string In(string column, string parameter) =>
            provider == CoreStoreProvider.Postgres ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";
    }
}
