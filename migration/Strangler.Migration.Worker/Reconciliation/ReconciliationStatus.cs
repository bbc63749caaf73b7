using Strangler.Migration.Reconciliation;

namespace Strangler.Migration.Worker.Reconciliation;

/// <summary>
/// Whether a unit's backfilled history is reconciled, and why (or why not): the backfill plan and state, the latest
/// whole-span reconciliation run, and the chunks whose latest reconciliation found differences. The facade's
/// "backfill reconciled" gate reads it.
/// </summary>
public sealed record ReconciliationStatus(
    string Unit,
    bool Reconciled,
    string Reason,
    string BackfillState,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    DateTimeOffset? BackfillChangedAt,
    ReconciliationRun? Latest,
    int ChunksReconciled,
    int ChunksWithDifferences);
