using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Road;
using Strangler.Core.Model.Transport;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.PostClearance.Matching;

/// <summary>What one stored document contributes to the match index: its manifested consignments or its named documents.</summary>
internal sealed record IndexEntries(IReadOnlyList<ManifestedConsignment> Consignments, IReadOnlyList<NamedDocument> Named)
{
    public static readonly IndexEntries None = new([], []);

    /// <summary>
    /// The entries of the document's latest content; none once it is cancelled (a cancelled manifest manifests nothing,
    /// a cancelled TDEC declares nothing). Bundles and air waybill statuses name nothing new.
    /// </summary>
    public static IndexEntries Of(StoredDocument head, IReadOnlyList<DocumentVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(versions);
        var content = versions.LastOrDefault(v => v.Document is not null)?.Document;
        if (head.Status == DocumentStatus.Cancelled || content is null)
        {
            return None;
        }

        var reference = head.Reference;
        return content switch
        {
            Declaration d => new([], NamedBy(d, reference, versions[0].ReceivedAt, head.ClientKey)),
            Manifest m => new(Manifested(
                reference, m.Consignments, m.Trip, m.Carrier.Identifier ?? m.Trip.CarrierCode, head.ClientKey), []),
            CargoReport r => new(Manifested(reference, r.Consignments, r.Trip, r.Trip?.CarrierCode, head.ClientKey), []),
            RoadLodgement l => new([Lodged(reference, l, head.ClientKey)], []),
            _ => None,
        };
    }

    private static List<NamedDocument> NamedBy(Declaration declaration, string tdec, DateTimeOffset receivedAt, string clientKey) =>
        declaration.TransportDocuments
            .Where(d => !string.IsNullOrWhiteSpace(d.Number))
            .Select(d => new NamedDocument(tdec, d.Kind.ToString(), DocumentKey.Of(d.Number), d.Number.Trim(), receivedAt, clientKey))
            .DistinctBy(n => (n.Kind, n.DocKey))
            .ToList();

    private static List<ManifestedConsignment> Manifested(
        string reference, IEnumerable<Consignment> consignments, Trip? trip, string? carrier, string clientKey)
    {
        var mode = trip?.Conveyance.Mode is { } m ? m.Unit().Name() : null;
        var direction = (trip?.Direction ?? TradeDirection.Import).ToString();
        var eventDate = trip?.EventTime is { } at ? HongKongTime.Date(at) : trip?.Date;
        return consignments
            .Where(c => c.Document is { Number.Length: > 0 })
            .Select(c => new ManifestedConsignment(
                reference,
                DocumentKey.Of(c.Document!.Number),
                c.Document.Number.Trim(),
                c.Document.Kind.ToString(),
                c.Document.MasterNumber is { } master ? DocumentKey.Of(master) : null,
                DocumentKey.Of(reference),
                mode,
                direction,
                eventDate,
                c.IsTranshipment,
                LicencesOf(c),
                carrier,
                clientKey))
            .DistinctBy(c => c.DocKey)
            .ToList();
    }

    // An ACI's consignment is its CCRN, which is the document's issued reference when the canonical copy lacks it.
    private static ManifestedConsignment Lodged(string reference, RoadLodgement lodgement, string clientKey)
    {
        var number = lodgement.Consignment.Document?.Number is { Length: > 0 } ccrn ? ccrn : reference;
        return new ManifestedConsignment(
            reference,
            DocumentKey.Of(number),
            number,
            nameof(TransportDocumentKind.Ccrn),
            null,
            DocumentKey.Of(reference),
            TransportMode.Road.Unit().Name(),
            lodgement.Direction.ToString(),
            HongKongTime.Date(lodgement.ExpectedCrossing),
            lodgement.Consignment.IsTranshipment,
            LicencesOf(lodgement.Consignment),
            lodgement.Shipper.Name,
            clientKey);
    }

    private static string? LicencesOf(Consignment consignment) =>
        consignment.Licences.Count == 0 ? null : string.Join(' ', consignment.Licences);
}
