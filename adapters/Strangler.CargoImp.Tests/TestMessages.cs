using System.Text;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Testing;

namespace Strangler.CargoImp.Tests;

/// <summary>The samples filled at the fixed clock, and small helpers to decode text bodies.</summary>
internal static class TestMessages
{
    public static readonly DateOnly SampleDate = new(2026, 1, 15);

    public static DateTimeOffset Noon => SamplePlaceholders.NoonHongKong(SampleDate);

    public static byte[] Sample(string file) => ContractSamples.Read("accs/" + file, Noon);

    public static string SampleText(string file) => Encoding.UTF8.GetString(Sample(file));

    public static CheckContext Context(ClientAuthority? client = null, DateTimeOffset? at = null) => new(at ?? Noon, client);

    public static CargoImpDecodeResult Decode(string body, ClientAuthority? client = null, DateTimeOffset? at = null) =>
        CargoImpDecoder.Decode(Encoding.UTF8.GetBytes(body), Context(client, at));

    public static CargoImpDecodeResult Decode(byte[] body, ClientAuthority? client = null) => CargoImpDecoder.Decode(body, Context(client));

    /// <summary>The first error code, or "OK".</summary>
    public static string Outcome(string body, ClientAuthority? client = null, DateTimeOffset? at = null) =>
        Decode(body, client, at).Error?.Code ?? "OK";

    /// <summary>Lines joined with CRLF, with a final CRLF.</summary>
    public static string Crlf(params string[] lines) => string.Concat(lines.Select(l => l + "\r\n"));

    /// <summary>A sample's lines (CRLF removed) so tests can change one of them.</summary>
    public static List<string> SampleLines(string file) => SampleText(file).Split("\r\n").SkipLast(1).ToList();

    public static string Replace(string file, int lineNumber, string line)
    {
        var lines = SampleLines(file);
        lines[lineNumber - 1] = line;
        return Crlf([.. lines]);
    }

    public static string Insert(string file, int beforeLineNumber, params string[] inserted)
    {
        var lines = SampleLines(file);
        lines.InsertRange(beforeLineNumber - 1, inserted);
        return Crlf([.. lines]);
    }

    public static string Remove(string file, int lineNumber)
    {
        var lines = SampleLines(file);
        lines.RemoveAt(lineNumber - 1);
        return Crlf([.. lines]);
    }
}
