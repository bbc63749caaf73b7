using System.Globalization;
using System.Text;
using Strangler.Parity.Reports.Data;

namespace Strangler.Parity.Reports.Csv;

/// <summary>
/// The store-parity differences as RFC 4180 CSV (data-findings.csv), in the form of findings.csv: one row per differing
/// field, one row for a record without fields (missing, extra, duplicate), and one row per quarantined legacy record
/// with the difference <c>quarantined</c> and its interface, day and reason. Every row names its run by days and time.
/// </summary>
internal static class DataFindingsCsv
{
    public const string Quarantined = "quarantined";

    private static readonly string[] Header =
    [
        "firstDay", "lastDay", "ranAt", "difference", "key", "kind", "duplicateOf", "field", "legacy", "core", "rule",
        "interface", "recordDay", "reason",
    ];

    public static string Write(IEnumerable<DataParityRun> runs)
    {
        var csv = new StringBuilder();
        FindingsCsv.AppendRow(csv, Header);
        foreach (var run in runs)
        {
            string[] common = [Day(run.FirstDay), Day(run.LastDay), FindingsCsv.Timestamp(run.RanAt)];
            foreach (var d in run.Differences)
            {
                string[] record = [.. common, d.Difference, d.Key, d.Kind, d.DuplicateOf ?? ""];
                if (d.Fields.Count == 0)
                {
                    FindingsCsv.AppendRow(csv, [.. record, "", "", "", "", "", "", ""]);
                    continue;
                }

                foreach (var f in d.Fields)
                {
                    FindingsCsv.AppendRow(csv, [.. record, f.Field, f.Legacy ?? "", f.Core ?? "", f.Rule ?? "", "", "", ""]);
                }
            }

            foreach (var q in run.Quarantined)
            {
                FindingsCsv.AppendRow(csv, [.. common, Quarantined, q.LegacyKey, "", "", "", "", "", "", q.Interface, q.Day ?? "", q.Reason]);
            }
        }

        return csv.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
