using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Ingest.Tests;

/// <summary>Canonical air waybill reports (one consignment, three goods items) and their versions, for ingest tests.</summary>
internal static class ConsignmentReports
{
    public static readonly DateTimeOffset Received = new(2026, 3, 16, 12, 0, 0, TimeSpan.FromHours(8));

    public static CargoReport Report(string airWaybill, decimal grossWeightKg = 120.5m) => new()
    {
        Kind = CargoReportKind.AirWaybill,
        Trip = new Trip
        {
            Conveyance = new Conveyance(TransportMode.Air, "B-HNA", null),
            JourneyId = "CX251",
            CarrierCode = "CX",
            Direction = TradeDirection.Import,
            PlaceOfLoading = "LHR",
            PlaceOfDischarge = "HKG",
            Date = new DateOnly(2026, 3, 16),
        },
        Consignments = new([new Consignment
        {
            Document = new TransportDocument(TransportDocumentKind.AirWaybill, airWaybill),
            Consignor = new Party { Name = "Thames Exports Ltd", Country = "GB", Roles = new([PartyRoles.Consignor]) },
            Consignee = new Party { Name = "Harbour Trading Co", Country = "HK", BrNumber = "12345678", Roles = new([PartyRoles.Consignee]) },
            PlaceOfLoading = "LHR",
            PlaceOfDischarge = "HKG",
            Packages = 12,
            GrossWeightKg = grossWeightKg,
            GoodsItems = new([Item(1, "Laptop computers", "847130"), Item(2, "Printer cartridges", "844399"), Item(3, "Cables", "854442")]),
        }]),
    };

    public static DocumentVersion Version(
        string reference, int number, CanonicalDocument? document, DocumentFunction function = DocumentFunction.Original) => new()
    {
        Number = number,
        Function = function,
        ReceivedAt = Received.AddMinutes(number),
        IssuedReference = reference,
        Source = SourceInterface.Accs,
        ClientKey = "ingest-client",
        Document = document,
    };

    private static GoodsItem Item(int sequence, string description, string hsCode) => new()
    {
        Sequence = sequence,
        Description = description,
        HsCode = hsCode,
        Packages = 4,
        PackageCode = "CT",
        GrossWeightKg = 40.1m,
        OriginCountry = "GB",
    };
}
