using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.World;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.History.Traffic;

/// <summary>A driver's bundle of a truck's CCRNs (those lodged and not cancelled) to its registration mark.</summary>
internal sealed class BundleRequest(Truck truck, DateTimeOffset receivedAt)
    : PlannedRequest(HistoryInterface.Rocars, truck.DriverKey, receivedAt)
{
    private static readonly DocumentIntent Document = new(DocumentKind.Bundle, CutoverUnit.Road);

    public override IReadOnlyList<DocumentIntent> Intents => [Document];

    public override PreparedRequest? Prepare(TrafficContext context)
    {
        var ccrns = truck.Shipments.Where(s => s.Ccrn is not null && !s.AciCancelled).Select(s => s.Ccrn!).ToList();
        if (ccrns.Count == 0)
        {
            return null;
        }

        var submission = RocarsDocuments.Bundle(truck, context.NextMessageId("BDL"), ccrns);
        return new PreparedRequest(
            new HistoryRequest(Interface, Key, ReceivedAt, RocarsWriter.Write(submission), RocarsEndpoint.Bundles), [Document]);
    }

    public override IReadOnlyList<DocumentOutcome> Read(PreparedRequest prepared, byte[] answer)
    {
        var read = RocarsReader.ReadBundleResponse(answer);
        if (read.Document is not { } response)
        {
            return [DocumentOutcome.Unreadable(Document)];
        }

        var bundled = response.Status == BundleStatus.Bundled;
        if (bundled)
        {
            truck.BundleRef = response.BundleRef;
        }

        return [new DocumentOutcome(Document, bundled, response.Errors.Select(e => e.Code).ToList(), false, response.BundleRef)];
    }
}
