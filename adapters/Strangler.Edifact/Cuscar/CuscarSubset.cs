using Strangler.Edifact.Checking;
using static Strangler.Edifact.Checking.Subset;

namespace Strangler.Edifact.Cuscar;

/// <summary>
/// The CUSCAR subset tables of contracts/eman.md, one per context: original, amendment (RFF+ABT
/// mandatory) or cancellation (header up to DTM 132/133 only), each for air (no equipment, no SGP,
/// CNI numbers judged as air waybills by E032) or for the other modes. A mode that is not 1, 2, 4
/// or 8 walks the non-air table: only E012 speaks of it. Every placeholder a contract row shows is
/// a mandatory element; elements a business rule judges have the <see cref="ValueFormat.Rule"/> format.
/// </summary>
public static class CuscarSubset
{
    private static readonly SubsetTable Original = Build("CUSCAR original", ManifestFunction.Original, air: false);
    private static readonly SubsetTable OriginalAir = Build("CUSCAR original, air", ManifestFunction.Original, air: true);
    private static readonly SubsetTable Amendment = Build("CUSCAR amendment", ManifestFunction.Amendment, air: false);
    private static readonly SubsetTable AmendmentAir = Build("CUSCAR amendment, air", ManifestFunction.Amendment, air: true);
    private static readonly SubsetTable Cancellation = Build("CUSCAR cancellation", ManifestFunction.Cancellation, air: false);

    /// <summary>The table for a function and a TDT mode code (as sent).</summary>
    public static SubsetTable For(ManifestFunction function, string modeCode)
    {
        var air = modeCode == "4";
        return function switch
        {
            ManifestFunction.Cancellation => Cancellation,
            ManifestFunction.Amendment => air ? AmendmentAir : Amendment,
            _ => air ? OriginalAir : Original,
        };
    }

    /// <summary>
    /// The table for a received message: its BGM function (an unknown one walks the original table,
    /// where BGM element 3 is then E006) and its TDT mode. Reads without judging, never throws.
    /// </summary>
    public static SubsetTable For(IEnumerable<Syntax.Segment> body)
    {
        var function = ManifestFunction.Original;
        var mode = "";
        foreach (var segment in body)
        {
            if (segment.Tag == "BGM" && ManifestCodes.TryParseFunction(segment.Value(3), out var f))
            {
                function = f;
            }
            else if (segment.Tag == "TDT")
            {
                mode = segment.Value(3);
                break;
            }
        }

        return For(function, mode);
    }

    private static SubsetTable Build(string name, ManifestFunction function, bool air)
    {
        var rows = new List<SubsetRow>(Header(function));
        if (function != ManifestFunction.Cancellation)
        {
            rows.Add(Segment("CNT", Presence.Mandatory, 1, ["11"], El(Presence.Mandatory, Qualifier, M(ValueFormat.Rule))));
            rows.Add(Segment("CNT", Presence.Mandatory, 1, ["7"], El(Presence.Mandatory, Qualifier, M(ValueFormat.Rule))));
            rows.Add(Segment("CNT", Presence.Conditional, 1, ["16"], El(Presence.Mandatory, Qualifier, M(ValueFormat.Rule))));
            if (!air)
            {
                rows.Add(EquipmentGroup);
            }

            rows.Add(ConsignmentGroup(air));
        }

        return new SubsetTable(name, rows);
    }

    private static IEnumerable<SubsetRow> Header(ManifestFunction function)
    {
        yield return Segment("BGM", Presence.Mandatory, 1, ["85"],
            Mel(ValueFormat.Code("85")), Mel(ValueFormat.An(35)), Mel(ValueFormat.Code("9", "5", "1")));
        yield return Segment("GIS", Presence.Mandatory, 1, null,
            El(Presence.Mandatory, M(ValueFormat.Code("S1", "S2")), M(ValueFormat.Code("HKM"))));
        yield return Segment("GIS", Presence.Mandatory, 1, null,
            El(Presence.Mandatory, M(ValueFormat.Rule), M(ValueFormat.Code("HKD"))));
        yield return Segment("DTM", Presence.Mandatory, 1, ["137"], DateTimeElement);
        if (function != ManifestFunction.Original)
        {
            yield return Segment("RFF", Presence.Mandatory, 1, ["ABT"], El(Presence.Mandatory, Qualifier, M(ValueFormat.An(35))));
        }

        yield return Segment("NAD", Presence.Mandatory, 1, ["CA"],
            Mel(ValueFormat.Rule),
            El(Presence.Mandatory, M(ValueFormat.Rule), Unused, M(ValueFormat.Code("HKC"))),
            Empty,
            Mel(ValueFormat.An(35)));
        yield return Segment("TDT", Presence.Mandatory, 1, ["20"],
            Mel(ValueFormat.Rule),
            Mel(ValueFormat.An(17)),
            Mel(ValueFormat.Rule),
            Empty,
            El(Presence.Mandatory, M(ValueFormat.Rule), M(ValueFormat.Code("172")), M(ValueFormat.Code("20"))),
            Empty,
            Empty,
            El(Presence.Mandatory, M(ValueFormat.An(17)), M(ValueFormat.Code("103")), Unused, M(ValueFormat.An(35))));
        yield return Segment("LOC", Presence.Mandatory, 1, ["9"], Mel(ValueFormat.Rule), Mel(ValueFormat.Rule));
        yield return Segment("LOC", Presence.Mandatory, 1, ["11"], Mel(ValueFormat.Rule), Mel(ValueFormat.Rule));
        yield return Segment("DTM", Presence.Mandatory, 1, ["132", "133"], DateTimeElement);
    }

    private static ElementSpec DateTimeElement =>
        El(Presence.Mandatory, Qualifier, M(ValueFormat.DateTime203), M(ValueFormat.Code("203")));

    private static GroupRow EquipmentGroup => Group("equipment", Presence.Conditional, 9999,
        Segment("EQD", Presence.Mandatory, 1, ["CN"],
            Mel(ValueFormat.Rule), Mel(ValueFormat.Rule), Mel(ValueFormat.An(4)), Empty, Empty, Mel(ValueFormat.Code("5", "4"))),
        Segment("SEL", Presence.Conditional, 3, null, Mel(ValueFormat.An(15)), Mel(ValueFormat.Code("CA"))));

    private static GroupRow ConsignmentGroup(bool air) => Group("consignment", Presence.Mandatory, 9999,
        Segment("CNI", Presence.Mandatory, 1, null, Mel(ValueFormat.Rule), Mel(air ? ValueFormat.Rule : ValueFormat.An(35))),
        Segment("RFF", Presence.Conditional, 1, ["MB", "MWB"], El(Presence.Mandatory, Qualifier, M(ValueFormat.Rule))),
        Party("CZ"),
        Party("CN"),
        Segment("GIS", Presence.Conditional, 1, ["TS"], El(Presence.Mandatory, Qualifier, M(ValueFormat.Code("HKT")))),
        Segment("RFF", Presence.Conditional, 9, ["ILN"], El(Presence.Mandatory, Qualifier, M(ValueFormat.An(20)))),
        GoodsItemGroup(air));

    private static SegmentRow Party(string qualifier) => Segment("NAD", Presence.Mandatory, 1, [qualifier],
        Mel(ValueFormat.Rule), Empty, Empty,
        Mel(ValueFormat.An(35)), Mel(ValueFormat.An(35)), Mel(ValueFormat.An(35)), Empty, Mel(ValueFormat.An(9)), Mel(ValueFormat.Rule));

    private static GroupRow GoodsItemGroup(bool air)
    {
        var rows = new List<SubsetRow>
        {
            // Package code: Rec 21 shape, finished by CuscarFormats (the table has no pattern format).
            Segment("GID", Presence.Mandatory, 1, null,
                Mel(ValueFormat.Rule), El(Presence.Mandatory, M(ValueFormat.Rule), M(ValueFormat.An(2)))),
            Segment("FTX", Presence.Mandatory, 1, ["AAA"],
                Mel(ValueFormat.Rule), Empty, Empty,
                El(Presence.Mandatory, M(ValueFormat.An(70)), C(ValueFormat.An(70)), C(ValueFormat.An(70)), C(ValueFormat.An(70)))),
            Segment("PIA", Presence.Conditional, 1, ["5"],
                Mel(ValueFormat.Rule), El(Presence.Mandatory, M(ValueFormat.Rule), M(ValueFormat.Code("HS")))),
            Segment("MEA", Presence.Mandatory, 1, ["WT"],
                Mel(ValueFormat.Rule), Mel(ValueFormat.Code("G")), El(Presence.Mandatory, M(ValueFormat.Code("KGM")), M(ValueFormat.Rule))),
            // Volume number: format finished by CuscarFormats (it depends on the UNA decimal mark).
            Segment("MEA", Presence.Conditional, 1, ["VOL"],
                Mel(ValueFormat.Rule), Mel(ValueFormat.Code("AAW")), El(Presence.Mandatory, M(ValueFormat.Code("MTQ")), M(ValueFormat.Rule))),
            Segment("PCI", Presence.Conditional, 1, ["28"], Mel(ValueFormat.Rule), Mel(ValueFormat.An(35))),
        };
        if (!air)
        {
            rows.Add(Segment("SGP", Presence.Conditional, 99, null, Mel(ValueFormat.Rule), Mel(ValueFormat.Rule)));
        }

        return Group("goods item", Presence.Mandatory, 999, [.. rows]);
    }
}
