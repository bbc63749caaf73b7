using Strangler.CargoImp;
using Strangler.CargoImp.Answers;
using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Traffic;

/// <summary>
/// One Cargo-IMP message to ACCS: an air shipment's FWB (first, replacement, or the refused try with a
/// wrong check digit), its FHL when consolidated, or a flight's FFM.
/// </summary>
internal sealed class AccsRequest : PlannedRequest
{
    private readonly Shipment? _shipment;
    private readonly Trip? _flight;
    private readonly DocumentIntent _document;

    private AccsRequest(string key, DateTimeOffset receivedAt, DocumentIntent document, Shipment? shipment, Trip? flight)
        : base(HistoryInterface.Accs, key, receivedAt)
    {
        _document = document;
        _shipment = shipment;
        _flight = flight;
    }

    public override IReadOnlyList<DocumentIntent> Intents => [_document];

    public static AccsRequest Fwb(string key, DateTimeOffset at, Shipment s, bool wrongCheckDigit = false) =>
        new(key, at, new DocumentIntent(DocumentKind.Fwb, CutoverUnit.Air, wrongCheckDigit ? "A010" : null), s, null);

    public static AccsRequest Replacement(string key, DateTimeOffset at, Shipment s) =>
        new(key, at, new DocumentIntent(DocumentKind.FwbReplacement, CutoverUnit.Air), s, null);

    public static AccsRequest Fhl(string key, DateTimeOffset at, Shipment s) =>
        new(key, at, new DocumentIntent(DocumentKind.Fhl, CutoverUnit.Air), s, null);

    public static AccsRequest Ffm(string key, DateTimeOffset at, Trip flight) =>
        new(key, at, new DocumentIntent(DocumentKind.Ffm, CutoverUnit.Air), null, flight);

    public override PreparedRequest? Prepare(TrafficContext context)
    {
        CargoImpMessage message = _document.Kind switch
        {
            DocumentKind.Fwb => AccsDocuments.Fwb(_shipment!, _document.IntendedError is not null, replacement: false),
            DocumentKind.FwbReplacement => AccsDocuments.Fwb(_shipment!, wrongCheckDigit: false, replacement: true),
            DocumentKind.Fhl => AccsDocuments.Fhl(_shipment!),
            _ => AccsDocuments.Ffm(_flight!),
        };
        return new PreparedRequest(new HistoryRequest(Interface, Key, ReceivedAt, CargoImpWriter.Write(message)), [_document]);
    }

    public override IReadOnlyList<DocumentOutcome> Read(PreparedRequest prepared, byte[] answer)
    {
        if (!AccsAnswer.TryRead(answer, out var read) || read is null)
        {
            return [DocumentOutcome.Unreadable(_document)];
        }

        if (read.IsAccepted && _document is { Kind: DocumentKind.Fwb, IntendedError: null })
        {
            _shipment!.FwbAccepted = true;
        }

        return [new DocumentOutcome(_document, read.IsAccepted, read.ErrorCode is null ? [] : [read.ErrorCode], false, read.ReceiptNumber)];
    }
}
