using Strangler.Contracts.CodeLists;
using Strangler.Migration.Legacy;
using Strangler.Parity.Data;

namespace Strangler.Parity.Stores;

/// <summary>
/// Store parity of one cut-over unit (or of all, when <see cref="Unit"/> is null) over Hong Kong days: records on each
/// side, every difference with its fields, every legacy record that could not be mapped, and the engine's run (ranges).
/// The unit's history is reconciled when nothing differs and nothing is quarantined.
/// </summary>
public sealed record StoreParityResult(
    CutoverUnit? Unit,
    DateOnly FirstDay,
    DateOnly LastDay,
    int LegacyRecords,
    int CoreRecords,
    IReadOnlyList<StoreDifference> Differences,
    IReadOnlyList<QuarantinedRecord> Quarantined,
    DataParityResult Engine,
    TimeSpan Elapsed)
{
    public bool Reconciled => Differences.Count == 0 && Quarantined.Count == 0;

    public int Count(DataDifferenceKind kind) => Differences.Count(d => d.Difference == kind);
}
