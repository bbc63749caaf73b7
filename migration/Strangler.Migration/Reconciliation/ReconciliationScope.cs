namespace Strangler.Migration.Reconciliation;

/// <summary>What a reconciliation run covered: one chunk, or the unit's whole backfill span.</summary>
public static class ReconciliationScope
{
    public const string Chunk = "chunk";
    public const string Unit = "unit";
}
