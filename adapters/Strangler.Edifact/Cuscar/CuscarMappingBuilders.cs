using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Cuscar;

/// <summary>The mutable pieces <see cref="CuscarMapping"/> fills while walking a message.</summary>
internal sealed class HeaderFields
{
    public string DocumentNumber { get; set; } = "";
    public string FunctionCode { get; set; } = "";
    public string StatementCode { get; set; } = "";
    public string DirectionCode { get; set; } = "";
    public string DocumentDateTime { get; set; } = "";
    public string? EmanRef { get; set; }
    public string CarrierCode { get; set; } = "";
    public string? CarrierName { get; set; }
    public Conveyance Conveyance { get; set; } = new("", "", "", "", null);
    public string PlaceOfLoading { get; set; } = "";
    public string PlaceOfDischarge { get; set; } = "";
    public string EventQualifier { get; set; } = "";
    public string EventDateTime { get; set; } = "";
    private string? packages;
    private string? grossWeight;
    private string? containers;

    public void SetTotal(string qualifier, string value)
    {
        switch (qualifier)
        {
            case "11": packages = value; break;
            case "7": grossWeight = value; break;
            case "16": containers = value; break;
        }
    }

    public CuscarManifest Build(char decimalMark, List<EquipmentBuilder> equipment, List<ConsignmentBuilder> consignments) => new()
    {
        DocumentNumber = DocumentNumber,
        Function = ManifestCodes.TryParseFunction(FunctionCode, out var function) ? function : ManifestFunction.Original,
        Statement = ManifestCodes.TryParseStatement(StatementCode, out var statement) ? statement : StatementType.Statement1,
        DirectionCode = DirectionCode,
        DocumentDateTime = DocumentDateTime,
        EmanRef = EmanRef,
        CarrierCode = CarrierCode,
        CarrierName = CarrierName,
        Conveyance = Conveyance,
        PlaceOfLoading = PlaceOfLoading,
        PlaceOfDischarge = PlaceOfDischarge,
        EventQualifier = EventQualifier,
        EventDateTime = EventDateTime,
        Totals = packages is null && grossWeight is null && containers is null
            ? null
            : new ManifestTotals(packages ?? "", grossWeight ?? "", containers),
        Equipment = equipment.Select(e => e.Build()).ToEquatableList(),
        Consignments = consignments.Select(c => c.Build()).ToEquatableList(),
        DecimalMark = decimalMark,
    };
}

internal sealed class EquipmentBuilder(string container, string sizeType, string fullEmpty)
{
    public List<string> Seals { get; } = [];

    public Equipment Build() => new(container, sizeType, fullEmpty, Seals.ToEquatableList());
}

internal sealed class ConsignmentBuilder(string sequence, string document)
{
    private static readonly Party NoParty = new("", null, null, null, "");
    private readonly List<GoodsItemBuilder> items = [];

    public MasterDocument? Master { get; set; }
    public Party Consignor { get; set; } = NoParty;
    public Party Consignee { get; set; } = NoParty;
    public bool IsTranshipment { get; set; }
    public List<string> Licences { get; } = [];

    public void AddItemSegment(Segment s)
    {
        if (s.Tag == "GID")
        {
            items.Add(new GoodsItemBuilder(s.Value(1), s.Value(2), s.Value(2, 2)));
        }
        else if (items.Count > 0)
        {
            items[^1].Add(s);
        }
    }

    public Consignment Build() => new()
    {
        Sequence = sequence,
        TransportDocumentNumber = document,
        MasterDocument = Master,
        Consignor = Consignor,
        Consignee = Consignee,
        IsTranshipment = IsTranshipment,
        Licences = Licences.ToEquatableList(),
        GoodsItems = items.Select(i => i.Build()).ToEquatableList(),
    };
}

internal sealed class GoodsItemBuilder(string itemNumber, string packages, string packageCode)
{
    private readonly List<ContainerPlacement> placements = [];
    private string description = "";
    private string? hsCode;
    private string grossWeight = "";
    private string? grossVolume;
    private string? marks;

    public void Add(Segment s)
    {
        switch (s.Tag)
        {
            case "FTX": description = string.Concat(s.Components(4)); break;
            case "PIA": hsCode = s.Value(2); break;
            case "MEA" when s.Value(1) == "WT": grossWeight = s.Value(3, 2); break;
            case "MEA": grossVolume = s.Value(3, 2); break;
            case "PCI": marks = s.Value(2); break;
            case "SGP": placements.Add(new ContainerPlacement(s.Value(1), s.Value(2))); break;
        }
    }

    public GoodsItem Build() => new()
    {
        ItemNumber = itemNumber,
        Packages = packages,
        PackageCode = packageCode,
        Description = description,
        HsCode = hsCode,
        GrossWeight = grossWeight,
        GrossVolume = grossVolume,
        Marks = marks,
        Placements = placements.ToEquatableList(),
    };
}
