namespace Strangler.Migration.Reconciliation;

/// <summary>A legacy record the backfill could not map, where it was seen, and its acceptance if an operator gave one.</summary>
public sealed record QuarantineEntry(
    string Interface, string LegacyKey, DateOnly? Day, string Reason, string ChunkId, DateTimeOffset FirstSeen, DateTimeOffset LastSeen,
    QuarantineAcceptance? Acceptance);
