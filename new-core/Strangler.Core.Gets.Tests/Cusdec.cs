using System.Globalization;
using System.Text;

namespace Strangler.Core.Gets.Tests;

/// <summary>Builds CUSDEC request interchanges for tests (UNT counts computed), one segment per line.</summary>
internal static class Cusdec
{
    public const string Declarant = "NAD+DT+12345678:160:HKBR++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG++000000+HK'";

    public static string Interchange(string interchangeRef, params (string Ref, string[] Body)[] messages)
    {
        var text = new StringBuilder($"UNA:+.? 'UNB+UNOC:3+TRADELINK01:ZZZ+HKGETS:ZZZ+261126:1200+{interchangeRef}'\n");
        foreach (var (reference, body) in messages)
        {
            text.Append(Message(reference, body));
        }

        return text.Append($"UNZ+{messages.Length}+{interchangeRef}'\n").ToString();
    }

    public static string Message(string reference, string[] body)
    {
        var text = new StringBuilder($"UNH+{reference}+CUSDEC:D:96B:UN:HKTDEC'\n");
        foreach (var segment in body)
        {
            text.Append(segment).Append('\n');
        }

        return text.Append(CultureInfo.InvariantCulture, $"UNT+{body.Length + 2}+{reference}'\n").ToString();
    }

    /// <summary>A one-item import (form 1, sea) of <paramref name="value"/>; function 9, or 5 with <paramref name="tdecNo"/>.</summary>
    public static string[] Import(
        string lrn, DateOnly date, string value = "60000.00", string? tdecNo = null, string form = "1", string mode = "1", bool preShipment = false)
    {
        var segments = new List<string>
        {
            $"BGM+830+{lrn}+{(tdecNo is null ? "9" : "5")}'",
            $"GIS+{form}:HKF'",
        };
        if (preShipment)
        {
            segments.Add("GIS+PS:HKF'");
        }

        segments.Add($"DTM+137:{date:yyyyMMdd}:102'");
        segments.Add($"DTM+132:{date:yyyyMMdd}:102'");
        if (tdecNo is not null)
        {
            segments.Add($"RFF+ABT:{tdecNo}'");
        }

        segments.AddRange(
        [
            Declarant,
            "NAD+IM+12345678:160:HKBR++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG++000000+HK'",
            $"TDT+20++{mode}+++++V123E:::MSC AURORA'",
            "LOC+35+CN'",
            "CST+1+85177900:HKHS'",
            "FTX+AAA+++MOBILE PHONE PARTS'",
            "QTY+47:1200:PCE'",
            $"MOA+38:{value}:HKD'",
            "LOC+27+CN'",
            "CNT+5:1'",
        ]);
        return [.. segments];
    }

    /// <summary>A one-item export (air) of <paramref name="value"/> in <paramref name="form"/>: DTM+133, NAD+EX, MOA+39.</summary>
    public static string[] Export(string lrn, DateOnly date, string value, string form = "2A") =>
        [.. Import(lrn, date, value, form: form, mode: "4").Select(s => s
            .Replace("DTM+132:", "DTM+133:", StringComparison.Ordinal)
            .Replace("NAD+IM+", "NAD+EX+", StringComparison.Ordinal)
            .Replace("MOA+38:", "MOA+39:", StringComparison.Ordinal))];

    public static string[] Cancellation(string lrn, DateOnly date, string tdecNo, string form = "1") =>
    [
        $"BGM+830+{lrn}+1'",
        $"GIS+{form}:HKF'",
        $"DTM+137:{date:yyyyMMdd}:102'",
        $"RFF+ABT:{tdecNo}'",
        Declarant,
        "CNT+5:0'",
    ];
}
