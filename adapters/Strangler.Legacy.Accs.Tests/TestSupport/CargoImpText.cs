namespace Strangler.Legacy.Accs.Tests.TestSupport;

/// <summary>Cargo-IMP messages for tests, built from lines (CRLF endings).</summary>
public static class CargoImpText
{
    public static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\r\n"));

    /// <summary>An FWB of the sample's shape for another air waybill, route, pieces and goods.</summary>
    public static string Fwb(string waybillLine, string goods = "ELECTRONIC COMPONENTS", string? hts = "85423100", string flightDay = "10",
        string shipper = "ACME TRADING LTD") =>
        Lines(
            [
                "FWB/16", waybillLine, $"FLT/CX251/{flightDay}", "SHP", $"NAM/{shipper}", "ADR/12 SAMPLE ROAD", "LOC/KWUN TONG", "/HK",
                "CNE", "NAM/BRITISH IMPORTS PLC", "ADR/1 HIGH STREET", "LOC/LONDON", "/GB", $"NG/{goods}",
                .. hts is null ? Array.Empty<string>() : [$"HTS/{hts}"],
            ]);

    public static string Ffm(int part, string flightLineRest, bool last, params string[] blockLines) =>
        Lines([$"FFM/8", $"{part}/{flightLineRest}", .. blockLines, last ? "LAST" : "CONT"]);

    public static string Answer(params string[] lines) => Lines(lines);
}
