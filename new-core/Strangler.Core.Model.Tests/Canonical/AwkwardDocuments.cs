using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Road;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Tests.Canonical;

/// <summary>
/// Documents of every type from a seed, full of awkward values: padded, escaped and non-ASCII strings, HTML-sensitive
/// characters, empty strings and nulls (required ones too), decimals of every scale and sign, times at any offset with
/// fractions of a second, enum values without a member. For holding a new rendering equal to the old one.
/// </summary>
internal static class AwkwardDocuments
{
    private static readonly string?[] Strings =
    [
        null, "", " ", "ACME", "  leading", "trailing  ", " both ", @"back\slash", "line\nbreak", "cr\r\nlf", "\r", "\\n",
        "陳大文貿易有限公司", " 九龍灣 ", "<script>&'\"</script>", "a=b", "tab\tinside", "\u00A0nbsp\u3000", "😀 emoji",
        "lone \uD800 surrogate", "end\uD83D", "é", "\u0001ctl", "160-12345675", "MSCU1234566", "+", "`~!@#$%^*()",
    ];

    private static readonly decimal[] Decimals =
    [
        0m, 0.000m, -0.00m, 1m, -1m, 1500.500m, 0.1m, 12.41m, new(1, 0, 0, false, 28), new(1, 0, 0, true, 28),
        decimal.MaxValue, decimal.MinValue, 79228162514264337593543950335m / 10m, 1e15m, 100m, 100.00m, 0.00000001m,
    ];

    public static DocumentVersion Version(Random r) => new()
    {
        Number = r.Next(4) == 0 ? r.Next(int.MinValue, int.MaxValue) : r.Next(1, 20),
        Function = Code(r, DocumentFunction.Original),
        ReceivedAt = Time(r),
        IssuedReference = Text(r),
        Source = Code(r, SourceInterface.Gets),
        ClientKey = Text(r)!,
        Document = r.Next(8) == 0 ? null : Document(r),
    };

    public static CanonicalDocument Document(Random r) => r.Next(6) switch
    {
        0 => Declaration(r),
        1 => Manifest(r),
        2 => CargoReport(r),
        3 => RoadLodgement(r),
        4 => Bundle(r),
        _ => AirWaybillStatus(r),
    };

    public static Declaration Declaration(Random r) => new()
    {
        Form = Text(r)!,
        Lrn = Text(r)!,
        TdecNumber = Text(r),
        Direction = Code(r, TradeDirection.Import),
        PreShipment = r.Next(2) == 0,
        DocumentDate = Maybe(r, Date),
        ImportExportDate = Maybe(r, Date),
        Declarant = Party(r)!,
        Trader = Party(r),
        Trip = OrNull(r, Trip),
        ConsignmentCountry = Text(r),
        TransportDocuments = List(r, TransportDocument),
        Items = List(r, GoodsItem),
        Charges = List(r, r => new Charge(Code(r, ChargeKind.DeclarationCharge), Decimal(r))),
    };

    public static Manifest Manifest(Random r) => new()
    {
        DocumentNumber = Text(r)!,
        DocumentTime = Maybe(r, Time),
        Statement = r.Next(3) == 0 ? null : Code(r, ManifestStatement.Statement1),
        Carrier = Party(r)!,
        Trip = OrNull(r, Trip)!,
        ReplacesReference = Text(r),
        Containers = List(r, Container),
        Consignments = List(r, Consignment),
    };

    public static CargoReport CargoReport(Random r) => new()
    {
        Kind = Code(r, CargoReportKind.AirWaybill),
        Trip = OrNull(r, Trip),
        Consignments = List(r, Consignment),
        Devices = List(r, Container),
        PartNumber = r.Next(3) == 0 ? null : r.Next(-5, 100),
        IsLastPart = r.Next(2) == 0,
    };

    public static RoadLodgement RoadLodgement(Random r) => new()
    {
        Direction = Code(r, TradeDirection.Export),
        ControlPoint = Text(r)!,
        ExpectedCrossing = Time(r),
        Shipper = Party(r)!,
        Consignment = OrNull(r, Consignment)!,
        Source = Text(r),
    };

    public static Bundle Bundle(Random r) => new()
    {
        Vrn = Text(r)!,
        Direction = Code(r, TradeDirection.Import),
        ControlPoint = Text(r)!,
        ExpectedArrival = Time(r),
        Ccrns = Texts(r),
    };

    public static AirWaybillStatus AirWaybillStatus(Random r) => new()
    {
        AirWaybillNumber = Text(r)!,
        History = List(r, r => new ActionCodeEntry(Text(r)!, Time(r))),
    };

    public static decimal Decimal(Random r) => r.Next(3) == 0
        ? Decimals[r.Next(Decimals.Length)]
        : new decimal(r.Next(), r.Next(4) == 0 ? r.Next() : 0, r.Next(8) == 0 ? r.Next() : 0, r.Next(3) == 0, (byte)r.Next(29));

    /// <summary>An instant at any offset, with a fraction of a second, whose Hong Kong wall clock is representable.</summary>
    public static DateTimeOffset Time(Random r)
    {
        var utcTicks = r.Next(4) == 0
            ? r.NextInt64(TimeSpan.TicksPerDay * 2, DateTimeOffset.MaxValue.Ticks - (TimeSpan.TicksPerDay * 2))
            : new DateTimeOffset(2026, 3, 16, 0, 0, 0, TimeSpan.Zero).Ticks + r.NextInt64(-TimeSpan.TicksPerDay * 400, TimeSpan.TicksPerDay * 400);
        var offset = TimeSpan.FromMinutes(r.Next(-14 * 4, (14 * 4) + 1) * 15);
        return new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(offset);
    }

    private static Party? Party(Random r) => r.Next(10) == 0 ? null : new Party
    {
        Name = Text(r)!,
        Address = Text(r),
        City = Text(r),
        PostCode = Text(r),
        Country = Text(r),
        BrNumber = Text(r),
        Identifier = Text(r),
        Roles = Texts(r),
    };

    private static Trip Trip(Random r) => new()
    {
        Conveyance = r.Next(10) == 0 ? null! : new Conveyance(r.Next(4) == 0 ? null : Code(r, TransportMode.Air), Text(r), Text(r)),
        JourneyId = Text(r),
        CarrierCode = Text(r),
        Direction = Code(r, TradeDirection.Transit),
        PlaceOfLoading = Text(r),
        PlaceOfDischarge = Text(r),
        EventTime = Maybe(r, Time),
        Date = Maybe(r, Date),
    };

    private static TransportDocument TransportDocument(Random r) =>
        new(Code(r, TransportDocumentKind.AirWaybill), Text(r)!, Text(r));

    private static Container Container(Random r) => new(Text(r)!, Text(r)!, r.Next(2) == 0, Texts(r));

    private static Consignment Consignment(Random r) => new()
    {
        Document = r.Next(4) == 0 ? null : TransportDocument(r),
        Consignor = Party(r),
        Consignee = Party(r),
        PlaceOfLoading = Text(r),
        PlaceOfDischarge = Text(r),
        Packages = Long(r),
        PackagesDescription = Text(r),
        GrossWeightKg = Maybe(r, Decimal),
        VolumeM3 = Maybe(r, Decimal),
        IsTranshipment = r.Next(2) == 0,
        Licences = Texts(r),
        GoodsItems = List(r, GoodsItem),
    };

    private static GoodsItem GoodsItem(Random r) => new()
    {
        Sequence = r.Next(-3, 1000),
        Description = Text(r)!,
        HsCode = Text(r),
        Packages = Long(r),
        PackageCode = Text(r),
        Quantity = r.Next(3) == 0 ? null : new Quantity(Decimal(r), Text(r)!),
        GrossWeightKg = Maybe(r, Decimal),
        VolumeM3 = Maybe(r, Decimal),
        ValueHkd = Maybe(r, Decimal),
        OriginCountry = Text(r),
        Marks = Text(r),
        Placements = List(r, r => new GoodsPlacement(Text(r)!, Long(r))),
    };

    private static string? Text(Random r) => r.Next(5) switch
    {
        0 => null,
        1 => new string(Enumerable.Range(0, r.Next(40)).Select(_ => (char)r.Next(32, 127)).ToArray()),
        2 => new string(Enumerable.Range(0, r.Next(10)).Select(_ => (char)r.Next(0, 0x3100)).ToArray()), // any BMP char
        _ => Strings[r.Next(Strings.Length)],
    };

    private static EquatableList<string> Texts(Random r) =>
        new(Enumerable.Range(0, r.Next(4)).Select(_ => Text(r)!));

    private static EquatableList<T> List<T>(Random r, Func<Random, T> item) =>
        new(Enumerable.Range(0, r.Next(4)).Select(_ => item(r)));

    private static long? Long(Random r) => r.Next(4) switch
    {
        0 => null,
        1 => r.NextInt64(long.MinValue, long.MaxValue),
        _ => r.Next(1000),
    };

    private static DateOnly Date(Random r) => DateOnly.FromDayNumber(r.Next(4) == 0 ? r.Next(DateOnly.MaxValue.DayNumber + 1) : 739_000 + r.Next(1000));

    private static T? Maybe<T>(Random r, Func<Random, T> value)
        where T : struct => r.Next(4) == 0 ? null : value(r);

    private static T? OrNull<T>(Random r, Func<Random, T> value)
        where T : class => r.Next(8) == 0 ? null : value(r);

    /// <summary>A member, or now and then a value without one (rendered as its number).</summary>
    private static T Code<T>(Random r, T _)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return r.Next(20) == 0 ? (T)(object)(100 + r.Next(5)) : values[r.Next(values.Length)];
    }
}
