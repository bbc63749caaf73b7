using System.Text;
using Strangler.Contracts.Testing;

namespace Strangler.Legacy.Eman.Tests.Http;

/// <summary>Request bodies for the tests: the contract samples, and amendments, cancellations and variants made from sample 01.</summary>
internal static class EmanMessages
{
    public const string SeaImport = "eman/01-sea-import-s1-accepted.edi";

    public static string Sample(string file, DateTimeOffset now) => ContractSamples.ReadText(file, now);

    /// <summary>Sample 01 under another interchange ref (UNB and UNZ).</summary>
    public static string WithInterchangeRef(string body, string from, string to) => body.Replace($"+{from}'", $"+{to}'", StringComparison.Ordinal);

    /// <summary>An amendment of <paramref name="emanRef"/>: BGM function 5, RFF+ABT after DTM+137, UNT one more.</summary>
    public static string Amendment(string original, string emanRef, string interchangeRef)
    {
        var lines = original.Split('\n').ToList();
        var bgm = lines.FindIndex(l => l.StartsWith("BGM+85+", StringComparison.Ordinal));
        lines[bgm] = lines[bgm][..^3] + "+5'";
        var dtm = lines.FindIndex(l => l.StartsWith("DTM+137", StringComparison.Ordinal));
        lines.Insert(dtm + 1, $"RFF+ABT:{emanRef}'");
        var unt = lines.FindIndex(l => l.StartsWith("UNT+", StringComparison.Ordinal));
        var parts = lines[unt].Split('+');
        lines[unt] = $"UNT+{int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 1}+{parts[2]}";
        var text = string.Join('\n', lines);
        var oldRef = lines[0][(lines[0].LastIndexOf('+') + 1)..^1];
        return WithInterchangeRef(text, oldRef, interchangeRef);
    }

    public static string Cancellation(DateTimeOffset now, string emanRef, string interchangeRef, string carrier = "MSCU", string sender = "MSCUAGENT") =>
        $"""
        UNA:+.? 'UNB+UNOC:3+{sender}:ZZZ+HKEMAN:ZZZ+{now:yyMMdd}:{now:HHmm}+{interchangeRef}'
        UNH+M1+CUSCAR:D:95B:UN:HKEMAN'
        BGM+85+MSC-V123E-HKG-IM-CX+1'
        GIS+S1:HKM'
        GIS+IM:HKD'
        DTM+137:{now:yyyyMMddHHmm}:203'
        RFF+ABT:{emanRef}'
        NAD+CA+{carrier}::HKC++MEDITERRANEAN SHIPPING CO'
        TDT+20+V123E+1++{carrier}:172:20+++9876543:103::MSC AURORA'
        LOC+9+CNSHA'
        LOC+11+HKHKG'
        DTM+132:{now.AddDays(1):yyyyMMddHHmm}:203'
        UNT+12+M1'
        UNZ+1+{interchangeRef}'

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
