using Strangler.Contracts.Time;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Road;
using Strangler.Core.Model.Transport;
using Strangler.RocarsXml.Documents;
using Rocars = Strangler.RocarsXml.Documents;
using Party = Strangler.Core.Model.Parties.Party;

namespace Strangler.Core.Model.Mapping;

/// <summary>Maps decoded ROCARS submissions to a canonical <see cref="RoadLodgement"/> or <see cref="Bundle"/>. Never throws on a decoded document.</summary>
public static class RoadMapper
{
    /// <summary>The lodgement with its consignment; null for a CANCEL, which carries no cargo content.</summary>
    public static RoadLodgement? Map(AciSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Lodgement is not { } l)
        {
            return null;
        }

        return new RoadLodgement
        {
            Direction = DirectionOf(l.Direction),
            ControlPoint = l.ControlPoint,
            ExpectedCrossing = HongKongTime.ToHongKong(l.ExpectedCrossing),
            Shipper = PartyOf(l.Shipper, PartyRoles.Shipper),
            Source = submission.Source,
            Consignment = new Consignment
            {
                Document = submission.Ccrn is { } ccrn ? new TransportDocument(TransportDocumentKind.Ccrn, ccrn) : null,
                Consignor = PartyOf(l.Consignor, PartyRoles.Consignor),
                Consignee = PartyOf(l.Consignee, PartyRoles.Consignee),
                Packages = l.Packages.Count,
                PackagesDescription = l.Packages.Description,
                GoodsItems = l.Articles.Select((a, i) => ItemOf(a, i + 1)).ToEquatableList(),
            },
        };
    }

    public static Bundle Map(BundleSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new Bundle
        {
            Vrn = submission.Vrn,
            Direction = DirectionOf(submission.Direction),
            ControlPoint = submission.ControlPoint,
            ExpectedArrival = HongKongTime.ToHongKong(submission.ExpectedArrival),
            Ccrns = submission.Ccrns,
        };
    }

    public static DocumentFunction FunctionOf(AciSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return submission.Function switch
        {
            AciFunction.Amend => DocumentFunction.Amendment,
            AciFunction.Cancel => DocumentFunction.Cancellation,
            _ => DocumentFunction.Original,
        };
    }

    private static TradeDirection DirectionOf(CrossingDirection d) =>
        d == CrossingDirection.Export ? TradeDirection.Export : TradeDirection.Import;

    private static Party PartyOf(Rocars.Party p, string role) => new()
    {
        Name = p.Name,
        Address = p.Address,
        Roles = EquatableList.Of(role),
    };

    private static GoodsItem ItemOf(Article a, int position) => new()
    {
        Sequence = position,
        Description = a.Description,
        HsCode = a.HsCode,
        GrossWeightKg = a.GrossWeightKg,
        ValueHkd = a.ValueHkd,
    };
}
