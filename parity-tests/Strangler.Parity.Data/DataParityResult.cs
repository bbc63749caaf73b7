namespace Strangler.Parity.Data;

/// <summary>The outcome of comparing two stores over a key range: every differing record, in key order, and every range compared.</summary>
public sealed record DataParityResult(
    KeyRange Range,
    long LegacyCount,
    long CoreCount,
    IReadOnlyList<DataDifference> Differences,
    IReadOnlyList<RangeComparison> Ranges,
    TimeSpan Elapsed)
{
    /// <summary>True when the two stores hold the same records with the same canonical forms.</summary>
    public bool IsEqual => Differences.Count == 0 && LegacyCount == CoreCount;

    /// <summary>Records of the larger side per second of elapsed time.</summary>
    public double RecordsPerSecond => Elapsed > TimeSpan.Zero ? Math.Max(LegacyCount, CoreCount) / Elapsed.TotalSeconds : 0;
}
