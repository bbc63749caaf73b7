using System.Text;
using Strangler.Parity.Classification;

namespace Strangler.Parity.Tests;

/// <summary>Hand-written answers in each interface's syntax, as the contracts lay them out.</summary>
internal static class Answers
{
    public const string LegacyRef = "R0000000000042";
    public const string CoreRef = "R5000000000042";

    public static ParityAnswer Ok(string text) => new(200, Encoding.UTF8.GetBytes(text));

    /// <summary>A GETS CUSRES interchange answering message M1 of interchange IC0000005, received 2026-11-27 09:00.</summary>
    public static string Cusres(string answerRef, params string[] bodySegments) => Cusres(answerRef, "27", bodySegments);

    public static string Cusres(string answerRef, string bgmStatus, params string[] bodySegments)
    {
        var segments = new List<string>
        {
            "UNH+M1+CUSRES:D:96B:UN:HKGETS",
            $"BGM+962+LRN-2026-0006+{bgmStatus}",
            "DTM+182:202611270900:203",
            "RFF+ACW:IC0000005:M1",
        };
        segments.AddRange(bodySegments);
        segments.Add($"UNT+{segments.Count + 1}+M1");
        return Interchange(answerRef, "HKGETS", segments);
    }

    public static string Interchange(string answerRef, string sender, IEnumerable<string> segments, int messages = 1)
    {
        var text = new StringBuilder("UNA:+.? '");
        text.Append($"UNB+UNOC:3+{sender}:ZZZ+TRADELINK01:ZZZ+261127:0900+{answerRef}'\n");
        foreach (var segment in segments)
        {
            text.Append(segment).Append("'\n");
        }

        text.Append($"UNZ+{messages}+{answerRef}'\n");
        return text.ToString();
    }

    /// <summary>An accepted GETS export (form 2) with its charge.</summary>
    public static string GetsAccepted(string answerRef, string tdec, string charge) =>
        Cusres(answerRef, "29", $"RFF+ABT:{tdec}", "GIS+AC:HKS", $"MOA+161:{charge}:HKD");

    public static string GetsRejected(string answerRef, string code, string text) =>
        Cusres(answerRef, "27", "ERP+1", $"ERC+{code}:HKE", $"FTX+AAO+++{text}");

    public static string Clearance(string instruction) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ClearanceInstruction xmlns=\"urn:hk:rocars:1\"><Vrn>AB1234</Vrn>" +
        "<BundleRef>B26112600000001</BundleRef><ControlPoint>LMC</ControlPoint>" +
        $"<Instruction>{instruction}</Instruction><IssuedAt>2026-11-27T09:00:00+08:00</IssuedAt></ClearanceInstruction>";

    public static string Csn(string actionCode, string setAt = "27NOV0900") =>
        $"CSN/1\r\n160-22222222HKGLHR/T10K100.0\r\nCSN/{actionCode}/{setAt}/CX251/27NOV\r\n";
}
