using System.Text;
using Strangler.Contracts.Testing;

namespace Strangler.Edifact.Tests;

/// <summary>Sample bodies filled at noon Hong Kong time on a fixed date, and small helpers.</summary>
internal static class TestBodies
{
    public static readonly DateOnly Day = new(2026, 3, 10);

    public static DateTimeOffset Noon => SamplePlaceholders.NoonHongKong(Day);

    public static byte[] Gets(string file) => ContractSamples.Read("gets/" + file, Noon);

    public static string GetsText(string file) => Encoding.UTF8.GetString(Gets(file));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A one-message GETS interchange around the given body segments (UNT count computed), with LF line ends.</summary>
    public static string Interchange(string body, string icref = "IC1", string msgref = "M1")
    {
        var segments = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length + 2;
        return $"UNB+UNOC:3+TRADELINK01:ZZZ+HKGETS:ZZZ+260310:1200+{icref}'\n" +
            $"UNH+{msgref}+CUSDEC:D:96B:UN:HKTDEC'\n{body}UNT+{segments}+{msgref}'\nUNZ+1+{icref}'\n";
    }
}
