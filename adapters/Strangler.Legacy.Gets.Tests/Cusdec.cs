using System.Globalization;
using System.Text;

namespace Strangler.Legacy.Gets.Tests;

/// <summary>Builds CUSDEC test messages in the GETS subset (UNT counted), so each test states only what it varies.</summary>
internal static class Cusdec
{
    public static string Original(
        string messageRef, string lrn, DateOnly ieDate, string form = "1", string mode = "1", string value = "60000.00",
        string description = "MOBILE PHONE PARTS", string br = "12345678", string? tdec = null, string function = "9")
    {
        var import = form.StartsWith('1');
        var segments = new List<string>
        {
            $"BGM+830+{lrn}+{function}",
            $"GIS+{form}:HKF",
            $"DTM+137:{ieDate:yyyyMMdd}:102",
            $"DTM+{(import ? "132" : "133")}:{ieDate:yyyyMMdd}:102",
        };
        if (tdec is not null)
        {
            segments.Add($"RFF+ABT:{tdec}");
        }

        segments.AddRange(
        [
            $"NAD+DT+{br}:160:HKBR++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG++000000+HK",
            $"NAD+{(import ? "IM" : "EX")}+{br}:160:HKBR++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG++000000+HK",
            $"TDT+20++{mode}+++++V123E:::MSC AURORA",
            "LOC+35+CN",
            "CST+1+85177900:HKHS",
            $"FTX+AAA+++{description}",
            "QTY+47:1200:PCE",
            $"MOA+{(import ? "38" : "39")}:{value}:HKD",
            "LOC+27+CN",
            "CNT+5:1",
        ]);
        return Message(messageRef, segments);
    }

    public static string Amendment(string messageRef, string lrn, DateOnly ieDate, string tdec, string form = "1", string mode = "1",
        string value = "60000.00") =>
        Original(messageRef, lrn, ieDate, form, mode, value, tdec: tdec, function: "5");

    public static string Cancellation(string messageRef, string lrn, DateOnly documentDate, string tdec, string form = "1", string br = "12345678") =>
        Message(messageRef,
        [
            $"BGM+830+{lrn}+1",
            $"GIS+{form}:HKF",
            $"DTM+137:{documentDate:yyyyMMdd}:102",
            $"RFF+ABT:{tdec}",
            $"NAD+DT+{br}:160:HKBR++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG++000000+HK",
            "CNT+5:0",
        ]);

    public static byte[] Interchange(string interchangeRef, DateTimeOffset at, params string[] messages)
    {
        var text = new StringBuilder("UNA:+.? 'UNB+UNOC:3+TRADELINK01:ZZZ+HKGETS:ZZZ+")
            .Append(at.ToString("yyMMdd:HHmm", CultureInfo.InvariantCulture)).Append('+').Append(interchangeRef).Append("'\n");
        foreach (var message in messages)
        {
            text.Append(message);
        }

        text.Append(CultureInfo.InvariantCulture, $"UNZ+{messages.Length}+{interchangeRef}'\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Message(string messageRef, List<string> body)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"UNH+{messageRef}+CUSDEC:D:96B:UN:HKTDEC'\n");
        foreach (var segment in body)
        {
            text.Append(segment).Append("'\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"UNT+{body.Count + 2}+{messageRef}'\n").ToString();
    }
}
