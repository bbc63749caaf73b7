using System.Text;
using Strangler.Contracts.Testing;

namespace Strangler.Migration.Legacy.Tests.Eman;

/// <summary>CUSCAR interchanges made from the sea import sample: an amendment and a cancellation of an EMAN ref.</summary>
internal static class EmanMessages
{
    public const string Sample = "eman/01-sea-import-s1-accepted.edi";

    /// <summary>The sample with BGM function 5, <c>RFF+ABT</c> after DTM+137, a consignee renamed, another interchange ref.</summary>
    public static byte[] Amendment(DateTimeOffset now, string interchangeRef, string emanRef) =>
        Continue(now, interchangeRef, emanRef, '5');

    /// <summary>A cancellation (eman.md): the header up to DTM+132 with BGM function 1 and RFF+ABT; no CNT, EQD, CNI.</summary>
    public static byte[] Cancellation(DateTimeOffset now, string interchangeRef, string emanRef)
    {
        var text = Encoding.UTF8.GetString(Continue(now, interchangeRef, emanRef, '1'));
        var cut = text.IndexOf("CNT+", StringComparison.Ordinal);
        var unt = text.IndexOf("UNT+", StringComparison.Ordinal);
        var segments = text[text.IndexOf("UNH+", StringComparison.Ordinal)..cut].Count(c => c == '\'') + 1;
        return Encoding.UTF8.GetBytes(text[..cut] + $"UNT+{segments}+M1'" + text[text.IndexOf('\'', unt)..][1..]);
    }

    private static byte[] Continue(DateTimeOffset now, string interchangeRef, string emanRef, char function)
    {
        var text = Encoding.UTF8.GetString(ContractSamples.Read(Sample, now))
            .Replace("+EM0000001'", $"+{interchangeRef}'", StringComparison.Ordinal)
            .Replace("BGM+85+MSC-V123E-HKG-IM+9'", $"BGM+85+MSC-V123E-HKG-IM+{function}'", StringComparison.Ordinal)
            .Replace("UNT+42+M1'", "UNT+43+M1'", StringComparison.Ordinal)
            .Replace("NAD+CN+++ACME TRADING LTD", "NAD+CN+++ACME TRADING (HK) LTD", StringComparison.Ordinal);
        var dtm = text.IndexOf("DTM+137:", StringComparison.Ordinal);
        var end = text.IndexOf('\'', dtm) + 1;
        var newline = text[end] == '\n' ? "\n" : string.Empty;
        return Encoding.UTF8.GetBytes(text.Insert(end + newline.Length, $"RFF+ABT:{emanRef}'{newline}"));
    }
}
