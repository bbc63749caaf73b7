using System.Text;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cuscar;

namespace Strangler.Edifact.Tests.Cuscar;

/// <summary>Edits a filled sample line by line (one segment per line) and fixes the UNT count, for structural tests.</summary>
internal static class CuscarBodies
{
    public static List<string> Lines(string file) =>
        ContractSamples.ReadText("eman/" + file, CuscarExamples.Now).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    public static byte[] Join(List<string> lines)
    {
        var unh = lines.FindIndex(l => l.StartsWith("UNH+", StringComparison.Ordinal));
        var unt = lines.FindIndex(l => l.StartsWith("UNT+", StringComparison.Ordinal));
        var reference = lines[unt].Split('+')[2];
        lines[unt] = $"UNT+{unt - unh + 1}+{reference}";
        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }

    public static byte[] Edit(string file, Action<List<string>> edit)
    {
        var lines = Lines(file);
        edit(lines);
        return Join(lines);
    }

    public static void Replace(this List<string> lines, string from, string to)
    {
        var i = lines.IndexOf(from);
        if (i < 0)
        {
            throw new InvalidOperationException($"No line {from}");
        }

        lines[i] = to;
    }

    public static void InsertAfter(this List<string> lines, string after, params string[] added) =>
        lines.InsertRange(lines.IndexOf(after) + 1, added);

    public static void RemoveWhere(this List<string> lines, Func<string, bool> predicate) => lines.RemoveAll(l => predicate(l));

    public static string Codes(byte[] body, Contracts.Clients.ClientAuthority? key = null)
    {
        var decoded = CuscarCodec.Decode(body, new CheckContext(CuscarExamples.Now, key ?? SampleClientKeys.Msc));
        return decoded.Envelope.Rejection is { } rejection
            ? "envelope " + rejection.Code
            : string.Join(",", decoded.Messages.SelectMany(m => m.Verdict.Errors).Select(e => e.Code));
    }

    public const string Sea = "01-sea-import-s1-accepted.edi";
    public const string Air = "03-air-import-s2-accepted.edi";
}
