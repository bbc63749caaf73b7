using System.Globalization;
using Strangler.Parity.Reports;
using Strangler.Parity.Reports.Data;
using Strangler.Parity.Stores;

namespace Strangler.Cli.Parity;

/// <summary>A store-parity result in the report's terms (a <see cref="DataParityRun"/>).</summary>
internal static class DataParityFindings
{
    public static DataParityRun Run(StoreParityResult parity, DateTimeOffset ranAt) => new(
        parity.FirstDay,
        parity.LastDay,
        ranAt,
        parity.LegacyRecords,
        parity.CoreRecords,
        [.. parity.Differences.Select(d => new DataFinding(d.Key, d.Kind, d.Difference.ToString().ToLowerInvariant(), d.DuplicateOf,
            [.. d.Fields.Select(f => new FieldDifference(f.Path, f.Legacy, f.Core))]))],
        [.. parity.Quarantined.Select(q => new QuarantineFinding(q.Interface.ToString(), q.LegacyKey,
            q.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), q.Reason))],
        parity.Elapsed.TotalSeconds);
}
