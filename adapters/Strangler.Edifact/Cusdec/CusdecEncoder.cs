using Strangler.Contracts.Numbers;
using Strangler.Edifact.Envelope;
using Strangler.Edifact.Syntax;
using Strangler.Edifact.Writing;

namespace Strangler.Edifact.Cusdec;

/// <summary>
/// Writes declarations as canonical CUSDEC (see <see cref="EdifactWriter"/>). Numbers readable with
/// the declaration's decimal mark are written with <c>.</c>; other values go out as they stand.
/// </summary>
public static class CusdecEncoder
{
    public static byte[] Encode(CusdecInterchange interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        var e = interchange.Envelope;
        var writer = new EdifactWriter(
            [e.SyntaxIdentifier, e.SyntaxVersion],
            [e.SenderId, "ZZZ"],
            [EdifactInterface.Gets.PartyId(), "ZZZ"],
            [e.Date, e.Time],
            [e.InterchangeRef]);
        foreach (var declaration in interchange.Declarations)
        {
            Write(writer, declaration);
        }

        return writer.Finish(e.InterchangeRef);
    }

    private static void Write(EdifactWriter w, Declaration d)
    {
        w.BeginMessage(d.MessageRef, CusdecMessageType.Type, "D", CusdecMessageType.Release, "UN", CusdecMessageType.Association);
        w.Segment("BGM", [GetsCodes.DocumentCode], [d.Lrn], [d.FunctionCode]);
        w.Segment("GIS", [d.FormCode, "HKF"]);
        if (d.PreShipment)
        {
            w.Segment("GIS", [GetsCodes.PreShipment, "HKF"]);
        }

        w.Segment("DTM", [GetsCodes.DocumentDate, d.DocumentDate, "102"]);
        if (d.DateQualifier is not null)
        {
            w.Segment("DTM", [d.DateQualifier, d.ImportExportDate, "102"]);
        }

        if (d.TdecNumber is not null)
        {
            w.Segment("RFF", ["ABT", d.TdecNumber]);
        }

        foreach (var document in d.TransportDocuments)
        {
            w.Segment("RFF", [document.Qualifier, document.Reference]);
        }

        Party(w, d.Declarant);
        if (d.Trader is not null)
        {
            Party(w, d.Trader);
        }

        if (d.ModeCode is not null)
        {
            w.Segment("TDT", ["20"], [], [d.ModeCode], [], [], [], [], [d.ConveyanceId, null, null, d.ConveyanceName]);
        }

        if (d.ConsignmentCountry is not null)
        {
            w.Segment("LOC", ["35"], [d.ConsignmentCountry]);
        }

        if (d.LoadingPlace is not null)
        {
            w.Segment("LOC", ["9"], [d.LoadingPlace]);
        }

        foreach (var item in d.Items)
        {
            w.Segment("CST", [item.ItemNumber], [item.HkhsCode, "HKHS"]);
            w.Segment("FTX", ["AAA"], [], [], FreeText.Split(item.Description));
            w.Segment("QTY", ["47", Number(item.Quantity, d.DecimalMark, CusdecRules.QuantityDecimals), item.Unit]);
            w.Segment("MOA", [item.ValueQualifier, Number(item.Value, d.DecimalMark, CusdecRules.AmountDecimals), "HKD"]);
            w.Segment("LOC", ["27"], [item.OriginCountry]);
        }

        w.Segment("CNT", ["5", d.ItemCount]);
        w.EndMessage(d.MessageRef);
    }

    private static void Party(EdifactWriter w, DeclarationParty p) =>
        w.Segment("NAD", [p.Qualifier], [p.BrNumber, "160", "HKBR"], [], [p.Name], [p.Street], [p.City], [], [p.PostCode], [p.Country]);

    // The canonical form always uses '.', whatever decimal mark the message came with.
    private static string Number(string raw, char mark, int decimals) =>
        mark != '.' && ContractNumber.TryParse(raw, mark, decimals, out _) ? raw.Replace(mark, '.') : raw;
}
