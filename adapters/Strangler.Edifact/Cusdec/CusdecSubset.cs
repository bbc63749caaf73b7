using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Edifact.Checking;
using static Strangler.Edifact.Checking.Subset;

namespace Strangler.Edifact.Cusdec;

/// <summary>
/// The CUSDEC subset tables of gets.md, one per context: original (and unknown functions) or
/// amendment, each with or without <c>GIS+PS</c> (new core only), and the cancellation's short table.
/// </summary>
public static class CusdecSubset
{
    private const Presence Man = Presence.Mandatory;
    private const Presence Con = Presence.Conditional;

    private static readonly SegmentRow Bgm = Segment("BGM", Man, 1, [GetsCodes.DocumentCode],
        El(Man, Qualifier), Mel(ValueFormat.An(35)), Mel(ValueFormat.Rule));

    private static readonly SegmentRow FormGis = SegmentExcept("GIS", Man, 1, [GetsCodes.PreShipment],
        El(Man, Qualifier, M(ValueFormat.Code("HKF"))));

    private static readonly SegmentRow PreShipmentGis = Segment("GIS", Con, 1, [GetsCodes.PreShipment],
        El(Man, Qualifier, M(ValueFormat.Code("HKF"))));

    private static readonly SegmentRow DocumentDate = Segment("DTM", Man, 1, [GetsCodes.DocumentDate],
        El(Man, Qualifier, M(ValueFormat.Date102), M(ValueFormat.Code("102"))));

    private static readonly SegmentRow ImportExportDate = Segment("DTM", Man, 1, [GetsCodes.ImportDate, GetsCodes.ExportDate],
        El(Man, Qualifier, M(ValueFormat.Date102), M(ValueFormat.Code("102"))));

    private static readonly ElementSpec Reference = El(Man, Qualifier, M(ValueFormat.An(35)));

    private static readonly SegmentRow TdecReference = Segment("RFF", Man, 1, ["ABT"], Reference);

    private static readonly SegmentRow TransportDocuments = Segment("RFF", Con, 9, [.. GetsCodes.TransportDocumentQualifiers], Reference);

    // NAD+<q>+<BR>:160:HKBR++<name>+<street>+<city>++<post code>+<country>
    private static readonly ElementSpec[] PartyElements =
    [
        El(Man, Qualifier),
        El(Man, M(ValueFormat.Rule), M(ValueFormat.Code("160")), M(ValueFormat.Code("HKBR"))),
        Empty,
        Mel(ValueFormat.An(35)),
        Cel(ValueFormat.An(35)),
        Cel(ValueFormat.An(35)),
        Empty,
        Cel(ValueFormat.An(9)),
        Mel(ValueFormat.Rule),
    ];

    private static readonly SegmentRow Declarant = Segment("NAD", Man, 1, [GetsCodes.Declarant], PartyElements);

    private static readonly SegmentRow Trader = Segment("NAD", Man, 1, [GetsCodes.Importer, GetsCodes.Exporter], PartyElements);

    // TDT+20++<mode>+++++<conveyance id>[:::<conveyance name>]
    private static readonly SegmentRow Transport = Segment("TDT", Man, 1, ["20"],
        El(Man, Qualifier), Empty, Mel(ValueFormat.Rule), Empty, Empty, Empty, Empty,
        El(Man, M(ValueFormat.An(17)), Unused, Unused, C(ValueFormat.An(35))));

    private static readonly SegmentRow ConsignmentCountry = Segment("LOC", Man, 1, ["35"], El(Man, Qualifier), Mel(ValueFormat.Rule));

    private static readonly SegmentRow LoadingPlace = Segment("LOC", Con, 1, ["9"], El(Man, Qualifier), Mel(ValueFormat.Rule));

    private static readonly GroupRow Items = Group("items", Man, 999,
        Segment("CST", Man, 1, null, Mel(ValueFormat.Rule), El(Man, M(ValueFormat.Rule), M(ValueFormat.Code("HKHS")))),
        Segment("FTX", Man, 1, ["AAA"], El(Man, Qualifier), Empty, Empty,
            El(Man, M(ValueFormat.An(70)), C(ValueFormat.An(70)), C(ValueFormat.An(70)), C(ValueFormat.An(70)))),
        Segment("QTY", Man, 1, ["47"], El(Man, Qualifier, M(ValueFormat.Rule), M(ValueFormat.Code([.. QuantityUnit.All])))),
        Segment("MOA", Man, 1, [GetsCodes.ImportValue, GetsCodes.ExportValue], El(Man, Qualifier, M(ValueFormat.Rule), M(ValueFormat.Code("HKD")))),
        Segment("LOC", Man, 1, ["27"], El(Man, Qualifier), Mel(ValueFormat.Rule)));

    private static readonly SegmentRow ItemCount = Segment("CNT", Man, 1, ["5"], El(Man, Qualifier, M(ValueFormat.Rule)));

    public static SubsetTable OriginalLegacy { get; } = Full("CUSDEC original (legacy)", preShipment: false, amendment: false);

    public static SubsetTable OriginalNewCore { get; } = Full("CUSDEC original (new core)", preShipment: true, amendment: false);

    public static SubsetTable AmendmentLegacy { get; } = Full("CUSDEC amendment (legacy)", preShipment: false, amendment: true);

    public static SubsetTable AmendmentNewCore { get; } = Full("CUSDEC amendment (new core)", preShipment: true, amendment: true);

    /// <summary>Only BGM, the form GIS, DTM+137, RFF+ABT, NAD+DT and CNT+5: anything else is E004.</summary>
    public static SubsetTable Cancellation { get; } = new("CUSDEC cancellation",
        [Bgm, FormGis, DocumentDate, TdecReference, Declarant, ItemCount]);

    /// <summary>The table for a function code (anything but 5 and 1 is checked as an original) and a rule profile.</summary>
    public static SubsetTable For(string functionCode, RuleProfile profile) => (GetsCodes.FunctionOf(functionCode), profile) switch
    {
        (DeclarationFunction.Cancellation, _) => Cancellation,
        (DeclarationFunction.Amendment, RuleProfile.NewCore) => AmendmentNewCore,
        (DeclarationFunction.Amendment, _) => AmendmentLegacy,
        (_, RuleProfile.NewCore) => OriginalNewCore,
        _ => OriginalLegacy,
    };

    private static SubsetTable Full(string name, bool preShipment, bool amendment)
    {
        var rows = new List<SubsetRow> { Bgm, FormGis };
        if (preShipment)
        {
            rows.Add(PreShipmentGis);
        }

        rows.AddRange([DocumentDate, ImportExportDate]);
        if (amendment)
        {
            rows.Add(TdecReference);
        }

        rows.AddRange([TransportDocuments, Declarant, Trader, Transport, ConsignmentCountry, LoadingPlace, Items, ItemCount]);
        return new SubsetTable(name, rows);
    }
}
