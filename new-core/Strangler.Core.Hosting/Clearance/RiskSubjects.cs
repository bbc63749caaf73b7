using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;
using Strangler.Core.Risk.Subjects;
using ModelDirection = Strangler.Core.Model.Transport.TradeDirection;
using RiskDirection = Strangler.Core.Risk.Subjects.TradeDirection;
using RiskPartyRole = Strangler.Core.Risk.Subjects.PartyRole;

namespace Strangler.Core.Hosting.Clearance;

/// <summary>Projects canonical consignments and bundles onto the risk engine's subject, the one mapping every interface uses.</summary>
public static class RiskSubjects
{
    /// <summary>A consignment as a subject; <paramref name="reference"/> is its transport document number or CCRN.</summary>
    public static RiskSubject Consignment(
        string reference, Consignment consignment, TransportMode mode, ModelDirection direction, Trip? trip, DateTimeOffset receivedAt,
        IEnumerable<Party>? otherParties = null)
    {
        ArgumentNullException.ThrowIfNull(consignment);
        var parties = new List<SubjectParty>();
        Add(parties, consignment.Consignor, RiskPartyRole.Consignor);
        Add(parties, consignment.Consignee, RiskPartyRole.Consignee);
        foreach (var party in otherParties ?? [])
        {
            Add(parties, party, RoleOf(party));
        }

        var goods = consignment.GoodsItems
            .Select(g => new GoodsLine(g.Description, g.HsCode, g.OriginCountry, g.ValueHkd, g.GrossWeightKg))
            .ToList();
        var route = new SubjectRoute(
            consignment.GoodsItems.Select(g => g.OriginCountry).FirstOrDefault(c => c is not null),
            consignment.PlaceOfLoading ?? trip?.PlaceOfLoading,
            consignment.PlaceOfDischarge ?? trip?.PlaceOfDischarge,
            consignment.PlaceOfDischarge ?? trip?.PlaceOfDischarge);
        var totals = new DeclaredTotals(
            consignment.Packages is { } p && p <= int.MaxValue ? (int)p : null,
            consignment.GrossWeightKg,
            consignment.GoodsItems.All(g => g.ValueHkd is not null) && consignment.GoodsItems.Count > 0
                ? consignment.GoodsItems.Sum(g => g.ValueHkd!.Value) : null);
        return new RiskSubject(SubjectKind.Consignment, reference, mode, Direction(direction), route, parties, goods, totals, receivedAt);
    }

    /// <summary>A bundle as a subject: the goods and parties of every CCRN it links, the control point as its route.</summary>
    public static RiskSubject Bundle(
        string bundleRef, ModelDirection direction, string controlPoint, IEnumerable<Consignment> consignments, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(consignments);
        var parties = new List<SubjectParty>();
        var goods = new List<GoodsLine>();
        foreach (var consignment in consignments)
        {
            Add(parties, consignment.Consignor, RiskPartyRole.Consignor);
            Add(parties, consignment.Consignee, RiskPartyRole.Consignee);
            goods.AddRange(consignment.GoodsItems.Select(g => new GoodsLine(g.Description, g.HsCode, g.OriginCountry, g.ValueHkd, g.GrossWeightKg)));
        }

        var route = new SubjectRoute(null, controlPoint, controlPoint, null);
        return new RiskSubject(SubjectKind.Bundle, bundleRef, TransportMode.Road, Direction(direction), route, parties, goods, DeclaredTotals.None, receivedAt);
    }

    private static void Add(List<SubjectParty> parties, Party? party, RiskPartyRole role)
    {
        if (party is not null)
        {
            parties.Add(new SubjectParty(role, party.Name, party.Address, party.Country, party.BrNumber));
        }
    }

    private static RiskPartyRole RoleOf(Party party) =>
        party.Roles.Contains(PartyRoles.Declarant) ? RiskPartyRole.Declarant
        : party.Roles.Contains(PartyRoles.Carrier) ? RiskPartyRole.Carrier
        : RiskPartyRole.Other;

    private static RiskDirection Direction(ModelDirection direction) => direction switch
    {
        ModelDirection.Import => RiskDirection.Import,
        ModelDirection.Export => RiskDirection.Export,
        _ => RiskDirection.Transit,
    };
}
