using Strangler.Contracts.Collections;
using Strangler.Core.Model.Road;
using Strangler.Core.Model.Transport;
using Strangler.RocarsXml.Documents;
using RocarsParty = Strangler.RocarsXml.Documents.Party;

namespace Strangler.Core.Rocars;

/// <summary>The ROCARS view of a stored canonical <see cref="RoadLodgement"/> (what an AciRecord shows).</summary>
internal static class AciContent
{
    public static Lodgement Of(RoadLodgement road)
    {
        var c = road.Consignment;
        return new Lodgement(
            road.Direction == TradeDirection.Export ? CrossingDirection.Export : CrossingDirection.Import,
            road.ControlPoint,
            road.ExpectedCrossing,
            PartyOf(road.Shipper),
            PartyOf(c.Consignor),
            PartyOf(c.Consignee),
            new Packages(c.Packages ?? 0, c.PackagesDescription ?? ""),
            new EquatableList<Article>(c.GoodsItems.OrderBy(i => i.Sequence)
                .Select(i => new Article(i.Description, i.HsCode, i.GrossWeightKg, i.ValueHkd))));
    }

    private static RocarsParty PartyOf(global::Strangler.Core.Model.Parties.Party? p) => new(p?.Name ?? "", p?.Address ?? "");
}
