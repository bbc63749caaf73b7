namespace Strangler.Core.Model.Consignments;

/// <summary>
/// A transport document: kind, number and, for a house document (house B/L, HAWB), the number of
/// its master. Air waybill numbers are written <c>160-12345675</c>.
/// </summary>
public sealed record TransportDocument(TransportDocumentKind Kind, string Number, string? MasterNumber = null)
{
    public bool IsHouse => MasterNumber is not null;
}
