using System.Globalization;
using System.Text;
using Strangler.Contracts.Time;

namespace Strangler.Parity.Reports.Csv;

/// <summary>
/// The findings as RFC 4180 CSV: CRLF line ends, a header, one row per differing field (a finding without differing
/// fields has one row with empty field columns). Values are written as they are, quoted where RFC 4180 needs it.
/// </summary>
internal static class FindingsCsv
{
    private static readonly string[] Header =
        ["id", "at", "interface", "messageType", "class", "legacyMs", "coreMs", "field", "legacy", "core", "rule"];

    public static string Write(IEnumerable<ParityFinding> findings)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var f in findings)
        {
            string[] common =
            [
                f.Id,
                Timestamp(f.At),
                f.Interface,
                f.MessageType,
                f.Class.Name(),
                f.LegacyMs.ToString("0.###", CultureInfo.InvariantCulture),
                f.CoreMs.ToString("0.###", CultureInfo.InvariantCulture),
            ];
            if (f.Fields.Count == 0)
            {
                AppendRow(csv, [.. common, "", "", "", ""]);
                continue;
            }

            foreach (var d in f.Fields)
            {
                AppendRow(csv, [.. common, d.Field, d.Legacy ?? "", d.Core ?? "", d.Rule ?? ""]);
            }
        }

        return csv.ToString();
    }

    /// <summary>One RFC 4180 record ending in CRLF; data-findings.csv writes its rows the same way.</summary>
    internal static void AppendRow(StringBuilder csv, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Quote(values[i]));
        }

        csv.Append("\r\n");
    }

    internal static string Timestamp(DateTimeOffset at) =>
        HongKongTime.ToHongKong(at).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    internal static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
