using System.Text;
using Strangler.Contracts.Testing;

namespace Strangler.Facade.Testing;

/// <summary>CUSDEC interchanges made from the sea import sample: any interchange ref, messages in any mode, amendments.</summary>
public static class Gets
{
    public const string ContentType = "application/edifact";

    /// <summary>One message of gets/01 with its ref, LRN and TDT mode code changed (1 sea, 4 air …).</summary>
    public static string Message(DateTimeOffset now, string messageRef, char mode, string lrn, string? amends = null)
    {
        var sample = Encoding.UTF8.GetString(ContractSamples.Read("gets/01-import-sea-accepted.edi", now));
        var start = sample.IndexOf("UNH+", StringComparison.Ordinal);
        var end = sample.IndexOf("UNZ+", StringComparison.Ordinal);
        var message = sample[start..end]
            .Replace("UNH+M1+", $"UNH+{messageRef}+", StringComparison.Ordinal)
            .Replace("UNT+23+M1'", $"UNT+23+{messageRef}'", StringComparison.Ordinal)
            .Replace("TDT+20++1+", $"TDT+20++{mode}+", StringComparison.Ordinal)
            .Replace("+LRN-2026-0001+9'", $"+{lrn}+9'", StringComparison.Ordinal);
        if (amends is not null)
        {
            message = message
                .Replace($"+{lrn}+9'", $"+{lrn}+5'", StringComparison.Ordinal)
                .Replace("RFF+BM:", $"RFF+ABT:{amends}'\nRFF+BM:", StringComparison.Ordinal)
                .Replace($"UNT+23+{messageRef}'", $"UNT+24+{messageRef}'", StringComparison.Ordinal);
        }

        return message;
    }

    public static byte[] Interchange(DateTimeOffset now, string interchangeRef, params string[] messages)
    {
        var sample = Encoding.UTF8.GetString(ContractSamples.Read("gets/01-import-sea-accepted.edi", now));
        var header = sample[..sample.IndexOf("UNH+", StringComparison.Ordinal)].Replace("+IC0000001'", $"+{interchangeRef}'", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(header + string.Concat(messages) + $"UNZ+{messages.Length}+{interchangeRef}'\n");
    }

    /// <summary>The TDEC numbers of an answer, in message order.</summary>
    public static IReadOnlyList<string> TdecNumbers(string answer) =>
        answer.Split('\'').Select(s => s.Trim()).Where(s => s.StartsWith("RFF+ABT:", StringComparison.Ordinal)).Select(s => s[8..]).ToList();
}
