using Strangler.Edifact.Writing;

namespace Strangler.Edifact.Cuscar;

/// <summary>Writes manifests as CUSCAR segments in the subset's order, numbers with <c>.</c>.</summary>
internal static class CuscarEncoder
{
    public static byte[] Encode(CuscarInterchange interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        var h = interchange.Header;
        var writer = new EdifactWriter(
            [h.SyntaxIdentifier, h.SyntaxVersion],
            [h.SenderId, "ZZZ"],
            [h.RecipientId, h.RecipientQualifier],
            [h.Date, h.Time],
            [h.InterchangeRef]);
        foreach (var message in interchange.Messages)
        {
            writer.BeginMessage(message.Reference, CuscarMessageType.Type, "D", CuscarMessageType.Release, "UN", CuscarMessageType.Association);
            WriteManifest(writer, message.Manifest);
            writer.EndMessage(message.Reference);
        }

        return writer.Finish(h.InterchangeRef);
    }

    private static void WriteManifest(EdifactWriter w, CuscarManifest m)
    {
        string? Number(string? raw) => raw is null || m.DecimalMark == '.' ? raw : raw.Replace(m.DecimalMark, '.');

        w.Segment("BGM", [CuscarMessageType.DocumentCode], [m.DocumentNumber], [m.Function.Code()]);
        w.Segment("GIS", [m.Statement.Code(), "HKM"]);
        w.Segment("GIS", [m.DirectionCode, "HKD"]);
        w.Segment("DTM", [ManifestCodes.DocumentDate, m.DocumentDateTime, "203"]);
        if (m.EmanRef is not null)
        {
            w.Segment("RFF", ["ABT", m.EmanRef]);
        }

        var c = m.Conveyance;
        w.Segment("NAD", ["CA"], [m.CarrierCode, null, "HKC"], [], [m.CarrierName]);
        w.Segment("TDT", ["20"], [c.VoyageNumber], [c.ModeCode], [], [c.CarrierCode, "172", "20"], [], [],
            [c.ConveyanceId, "103", null, c.ConveyanceName]);
        w.Segment("LOC", ["9"], [m.PlaceOfLoading]);
        w.Segment("LOC", ["11"], [m.PlaceOfDischarge]);
        w.Segment("DTM", [m.EventQualifier, m.EventDateTime, "203"]);
        if (m.Totals is { } t)
        {
            w.Segment("CNT", ["11", Number(t.Packages)]);
            w.Segment("CNT", ["7", Number(t.GrossWeight)]);
            if (t.Containers is not null)
            {
                w.Segment("CNT", ["16", Number(t.Containers)]);
            }
        }

        foreach (var e in m.Equipment)
        {
            w.Segment("EQD", ["CN"], [e.ContainerNumber], [e.SizeType], [], [], [e.FullEmptyCode]);
            foreach (var seal in e.Seals)
            {
                w.Segment("SEL", [seal], ["CA"]);
            }
        }

        foreach (var consignment in m.Consignments)
        {
            WriteConsignment(w, consignment, Number);
        }
    }

    private static void WriteConsignment(EdifactWriter w, Consignment c, Func<string?, string?> number)
    {
        w.Segment("CNI", [c.Sequence], [c.TransportDocumentNumber]);
        if (c.MasterDocument is { } master)
        {
            w.Segment("RFF", [master.Qualifier, master.Number]);
        }

        WriteParty(w, "CZ", c.Consignor);
        WriteParty(w, "CN", c.Consignee);
        if (c.IsTranshipment)
        {
            w.Segment("GIS", ["TS", "HKT"]);
        }

        foreach (var licence in c.Licences)
        {
            w.Segment("RFF", ["ILN", licence]);
        }

        foreach (var item in c.GoodsItems)
        {
            w.Segment("GID", [item.ItemNumber], [number(item.Packages), item.PackageCode]);
            w.Segment("FTX", ["AAA"], [], [], Syntax.FreeText.Split(item.Description));
            if (item.HsCode is not null)
            {
                w.Segment("PIA", ["5"], [item.HsCode, "HS"]);
            }

            w.Segment("MEA", ["WT"], ["G"], ["KGM", number(item.GrossWeight)]);
            if (item.GrossVolume is not null)
            {
                w.Segment("MEA", ["VOL"], ["AAW"], ["MTQ", number(item.GrossVolume)]);
            }

            if (item.Marks is not null)
            {
                w.Segment("PCI", ["28"], [item.Marks]);
            }

            foreach (var placement in item.Placements)
            {
                w.Segment("SGP", [placement.ContainerNumber], [number(placement.Packages)]);
            }
        }
    }

    private static void WriteParty(EdifactWriter w, string qualifier, Party p) =>
        w.Segment("NAD", [qualifier], [], [], [p.Name], [p.Street], [p.City], [], [p.PostCode], [p.Country]);
}
