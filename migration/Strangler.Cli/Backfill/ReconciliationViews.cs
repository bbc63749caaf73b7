namespace Strangler.Cli.Backfill;

// The worker's /admin/v1/reconciliation JSON as these commands read it (camelCase, see
// migration/Strangler.Migration.Worker/Reconciliation/ReconciliationStatus.cs and
// migration/Strangler.Migration/Reconciliation/ReconciliationRun.cs, QuarantineEntry.cs). --json prints the body as sent.

internal sealed record ReconciliationStatusView(
    string Unit,
    bool Reconciled,
    string Reason,
    string BackfillState,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    ReconciliationRunView? Latest,
    int ChunksReconciled,
    int ChunksWithDifferences);

internal sealed record ReconciliationRunView(
    string RunId,
    string Scope,
    string? ChunkId,
    string Trigger,
    DateOnly FirstDay,
    DateOnly LastDay,
    DateTimeOffset FinishedAt,
    int LegacyRecords,
    int CoreRecords,
    int Missing,
    int Extra,
    int Differing,
    int Duplicates,
    int Quarantined,
    int QuarantineAccepted,
    int CatchUpInserted,
    int Rounds,
    string Outcome,
    string? Detail)
{
    public int Unexplained => Missing + Extra + Differing + Duplicates + Quarantined - QuarantineAccepted;
}

internal sealed record QuarantineEntryView(string Interface, string LegacyKey, DateOnly? Day, string Reason, string ChunkId, DateTimeOffset LastSeen, AcceptanceView? Acceptance);

internal sealed record AcceptanceView(string Why, string AcceptedBy, DateTimeOffset AcceptedAt);

/// <summary>The answer of a reconciliation request or an acceptance (only success matters; the fields are shown as sent).</summary>
internal sealed record AcknowledgementView(string Unit);
