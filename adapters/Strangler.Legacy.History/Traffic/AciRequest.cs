using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.World;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.History.Traffic;

/// <summary>
/// An ACI lodgement, amendment or cancellation of a road shipment, through <c>/aci</c> by a shipper or
/// <c>/ssdd</c> by the Mainland single window. An accepted original remembers its CCRN.
/// </summary>
internal sealed class AciRequest(Shipment shipment, AciFunction function, DateTimeOffset receivedAt, bool vague = false)
    : PlannedRequest(HistoryInterface.Rocars, shipment.AciKey!, receivedAt)
{
    private DocumentIntent Document => new(
        function switch
        {
            AciFunction.Amend => DocumentKind.AciAmendment,
            AciFunction.Cancel => DocumentKind.AciCancellation,
            _ => DocumentKind.Aci,
        },
        CutoverUnit.Road,
        vague ? "R012" : null);

    public override IReadOnlyList<DocumentIntent> Intents => [Document];

    public override PreparedRequest? Prepare(TrafficContext context)
    {
        if (function != AciFunction.Original && shipment.Ccrn is null)
        {
            return null;
        }

        var client = context.Clients[Key];
        var ssdd = client.Key == context.Clients.MainlandSingleWindow.Key;
        var (name, address) = ssdd
            ? (shipment.Counterpart.Name, $"{shipment.Counterpart.Street}, {shipment.Counterpart.City}, CN")
            : (client.CompanyName, "KWAI CHUNG CONTAINER PORT ROAD, KWAI CHUNG, HONG KONG");
        var submission = RocarsDocuments.Aci(
            shipment, function, ssdd, context.NextMessageId("ACI"), name, address, vague, function == AciFunction.Amend);
        var endpoint = ssdd ? RocarsEndpoint.Ssdd : RocarsEndpoint.Aci;
        return new PreparedRequest(new HistoryRequest(Interface, Key, ReceivedAt, RocarsWriter.Write(submission), endpoint), [Document]);
    }

    public override IReadOnlyList<DocumentOutcome> Read(PreparedRequest prepared, byte[] answer)
    {
        var read = RocarsReader.ReadAciResponse(answer);
        if (read.Document is not { } response)
        {
            return [DocumentOutcome.Unreadable(Document)];
        }

        var accepted = response.Status == AciStatus.Accepted;
        if (accepted && function == AciFunction.Original && !vague)
        {
            shipment.Ccrn = response.Ccrn;
        }

        if (accepted && function == AciFunction.Cancel)
        {
            shipment.AciCancelled = true;
        }

        return [new DocumentOutcome(Document, accepted, response.Errors.Select(e => e.Code).ToList(), false, response.Ccrn)];
    }
}
