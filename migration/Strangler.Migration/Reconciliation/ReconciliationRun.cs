namespace Strangler.Migration.Reconciliation;

/// <summary>
/// One reconciliation run: store parity of a unit's span (<see cref="ReconciliationScope.Unit"/>, after catch-up) or of
/// one backfill chunk (<see cref="ReconciliationScope.Chunk"/>), its counts and outcome. <see cref="Detail"/> is JSON:
/// the first differences field by field and the quarantined records not accepted (or the error of a failed run).
/// </summary>
public sealed record ReconciliationRun(
    string RunId,
    string Unit,
    string Scope,
    string? ChunkId,
    string Trigger,
    DateOnly FirstDay,
    DateOnly LastDay,
    DateTimeOffset StartedAt,
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
    DateTimeOffset? CatchUpWatermark,
    int Rounds,
    string Outcome,
    string? Detail)
{
    /// <summary>Differences no rule or acceptance explains: every differing record, and quarantined records not accepted.</summary>
    public int Unexplained => Missing + Extra + Differing + Duplicates + (Quarantined - QuarantineAccepted);

    public bool Reconciled => Outcome == ReconciliationOutcome.Reconciled;
}
