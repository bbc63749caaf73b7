namespace Strangler.Parity.Reports.Data;

/// <summary>
/// One store-parity run of the report's unit (legacy stores against the new core's store, on the canonical form) over
/// Hong Kong days: records on each side, each difference down to its fields, the legacy records that could not be mapped.
/// The unit's history is reconciled when nothing differs and nothing is quarantined.
/// </summary>
public sealed record DataParityRun(
    DateOnly FirstDay,
    DateOnly LastDay,
    DateTimeOffset RanAt,
    long LegacyRecords,
    long CoreRecords,
    IReadOnlyList<DataFinding> Differences,
    IReadOnlyList<QuarantineFinding> Quarantined,
    double Seconds)
{
    public bool Reconciled => Differences.Count == 0 && Quarantined.Count == 0;
}
