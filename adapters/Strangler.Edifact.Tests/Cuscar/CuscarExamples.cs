using Strangler.Contracts.Testing;
using Strangler.Edifact.Cuscar;

namespace Strangler.Edifact.Tests.Cuscar;

/// <summary>The EMAN samples written out as models (filled at <see cref="Now"/>), and small builders for rule tests.</summary>
internal static class CuscarExamples
{
    /// <summary>The samples' fixed clock: noon Hong Kong time on a fixed date.</summary>
    public static readonly DateTimeOffset Now = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 1, 15));

    public static string At(DateTimeOffset t) => SamplePlaceholders.Format(t, "CCYYMMDDHHMM");

    public static Party Consignor { get; } =
        new("SHENZHEN GADGETS CO", "88 NANSHAN AVENUE", "SHENZHEN", "518000", "CN");

    public static Party Consignee { get; } =
        new("ACME TRADING LTD", "12 SAMPLE ROAD", "KWUN TONG", "000000", "HK");

    public static GoodsItem Item(int no, int packages, string description, string hs, string weight, string? volume,
        params ContainerPlacement[] placements) => new()
    {
        ItemNumber = no.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Packages = packages.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PackageCode = "CT",
        Description = description,
        HsCode = hs,
        GrossWeight = weight,
        GrossVolume = volume,
        Placements = placements.ToEquatableList(),
    };

    public static Consignment Cni(int seq, string document, params GoodsItem[] items) => new()
    {
        Sequence = seq.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TransportDocumentNumber = document,
        Consignor = Consignor,
        Consignee = Consignee,
        GoodsItems = items.ToEquatableList(),
    };

    /// <summary>samples/eman/01-sea-import-s1-accepted.edi.</summary>
    public static CuscarManifest SeaImport(DateTimeOffset now) => new()
    {
        DocumentNumber = "MSC-V123E-HKG-IM",
        Function = ManifestFunction.Original,
        Statement = StatementType.Statement1,
        DirectionCode = "IM",
        DocumentDateTime = At(now),
        CarrierCode = "MSCU",
        CarrierName = "MEDITERRANEAN SHIPPING CO",
        Conveyance = new("V123E", "1", "MSCU", "9876543", "MSC AURORA"),
        PlaceOfLoading = "CNSHA",
        PlaceOfDischarge = "HKHKG",
        EventQualifier = "132",
        EventDateTime = At(now.AddDays(1)),
        Totals = new("240", "2720.750", "2"),
        Equipment = EquatableList.Of(
            new Equipment("MSCU1234566", "45G1", "5", EquatableList.Of("SL778899")),
            new Equipment("CSQU3054383", "45G1", "5", EquatableList.Of("SL778899"))),
        Consignments = EquatableList.Of(
            Cni(1, "MSCUHK1234567",
                Item(1, 120, "MOBILE PHONE PARTS", "851779", "1500.500", "12.400", new ContainerPlacement("MSCU1234566", "120"))),
            Cni(2, "MSCUHK1234568",
                Item(1, 80, "PLASTIC TOY FIGURES", "950300", "900.000", "20.000", new ContainerPlacement("CSQU3054383", "80")),
                Item(2, 40, "COTTON T-SHIRTS", "610910", "320.250", "4.100", new ContainerPlacement("CSQU3054383", "40")))),
    };

    /// <summary>samples/eman/03-air-import-s2-accepted.edi.</summary>
    public static CuscarManifest AirImport(DateTimeOffset now) => new()
    {
        DocumentNumber = "CX251-HKG-IM",
        Function = ManifestFunction.Original,
        Statement = StatementType.Statement2,
        DirectionCode = "IM",
        DocumentDateTime = At(now),
        CarrierCode = "CX",
        CarrierName = "CATHAY PACIFIC AIRWAYS",
        Conveyance = new("CX251", "4", "CX", "B-HLR", "CATHAY PACIFIC"),
        PlaceOfLoading = "GBLHR",
        PlaceOfDischarge = "HKHKG",
        EventQualifier = "132",
        EventDateTime = At(now.AddDays(-2)),
        Totals = new("15", "150.000", null),
        Consignments = EquatableList.Of(
            Cni(1, "160-12345675", Item(1, 10, "ELECTRONIC COMPONENTS", "854231", "100.000", null)),
            Cni(2, "160-22222222", Item(1, 5, "COTTON GARMENTS", "610910", "50.000", null))),
    };

    /// <summary>A one-container, one-item sea manifest (the shape of samples 02 and 04, valid).</summary>
    public static CuscarManifest SmallSeaImport(DateTimeOffset now) => SeaImport(now) with
    {
        DocumentNumber = "MSC-V124E-HKG-IM",
        Conveyance = new("V124E", "1", "MSCU", "9876543", "MSC AURORA"),
        Totals = new("10", "100.000", "1"),
        Equipment = EquatableList.Of(new Equipment("MSCU1234566", "45G1", "5", EquatableList.Of("SL778899"))),
        Consignments = EquatableList.Of(
            Cni(1, "MSCUHK2234567",
                Item(1, 10, "MOBILE PHONE PARTS", "851779", "100.000", "1.000", new ContainerPlacement("MSCU1234566", "10")))),
    };
}
