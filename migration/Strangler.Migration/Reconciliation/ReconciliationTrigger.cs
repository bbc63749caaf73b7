namespace Strangler.Migration.Reconciliation;

/// <summary>Why a reconciliation ran (recorded with the run).</summary>
public static class ReconciliationTrigger
{
    public const string AfterChunk = "after-chunk";
    public const string BackfillCompleted = "backfill-completed";
    public const string Nightly = "nightly";
    public const string Manual = "manual";
}
