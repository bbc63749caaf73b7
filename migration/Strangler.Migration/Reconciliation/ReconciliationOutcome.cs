namespace Strangler.Migration.Reconciliation;

/// <summary>How a reconciliation run ended: nothing unexplained, differences left, or the run itself failed.</summary>
public static class ReconciliationOutcome
{
    public const string Reconciled = "reconciled";
    public const string Differences = "differences";
    public const string Failed = "failed";
}
