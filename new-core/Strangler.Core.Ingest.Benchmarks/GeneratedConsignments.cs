using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Ingest.Benchmarks;

/// <summary>
/// Air waybill reports as the ACCS backfill would map them from the legacy store: one consignment with three goods
/// items each, under its legacy reference, all different (weights, parties, descriptions vary with the index).
/// </summary>
internal static class GeneratedConsignments
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));

    public static DocumentVersion Version(string run, int index) => new()
    {
        Number = 1,
        Function = DocumentFunction.Original,
        ReceivedAt = Start.AddSeconds(index),
        IssuedReference = Reference(run, index),
        Source = SourceInterface.Accs,
        ClientKey = "client-" + (index % 50).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        Document = Report(index),
    };

    public static string Reference(string run, int index) => $"{run}{index:D8}";

    public static string AirWaybill(int index) => $"160-{index % 100_000_000:D8}";

    public static CargoReport Report(int index) => new()
    {
        Kind = CargoReportKind.AirWaybill,
        Trip = new Trip
        {
            Conveyance = new Conveyance(TransportMode.Air, "B-HN" + (char)('A' + (index % 26)), null),
            JourneyId = "CX" + (100 + (index % 800)),
            CarrierCode = "CX",
            Direction = TradeDirection.Import,
            PlaceOfLoading = "LHR",
            PlaceOfDischarge = "HKG",
            Date = DateOnly.FromDateTime(Start.AddSeconds(index).Date),
        },
        Consignments = new([new Consignment
        {
            Document = new TransportDocument(TransportDocumentKind.AirWaybill, AirWaybill(index)),
            Consignor = new Party { Name = $"Exporter {index % 9973} Ltd", Address = $"{index % 500} Bath Road", City = "London", Country = "GB", Roles = new([PartyRoles.Consignor]) },
            Consignee = new Party { Name = $"Importer {index % 7919} Co", Country = "HK", BrNumber = (10_000_000 + (index % 89_999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture), Roles = new([PartyRoles.Consignee]) },
            PlaceOfLoading = "LHR",
            PlaceOfDischarge = "HKG",
            Packages = 3 + (index % 40),
            GrossWeightKg = 10m + (index % 10_000) / 10m,
            GoodsItems = new([Item(index, 1), Item(index, 2), Item(index, 3)]),
        }]),
    };

    public static GoodsItem Item(int index, int sequence) => new()
    {
        Sequence = sequence,
        Description = $"Goods {sequence} of consignment {index}",
        HsCode = (847130 + sequence * 7 + (index % 13)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Packages = 1 + (index % 10),
        PackageCode = "CT",
        GrossWeightKg = 3m + ((index + sequence) % 1000) / 100m,
        OriginCountry = "GB",
    };
}
