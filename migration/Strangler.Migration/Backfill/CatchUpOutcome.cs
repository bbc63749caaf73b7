namespace Strangler.Migration.Backfill;

/// <summary>
/// What a catch-up pass did over a unit's span: changed documents read, versions newly stored (amendments,
/// cancellations, documents that came after their chunk ran), versions already stored, conflicts, quarantined records,
/// and the watermark to start the next pass from.
/// </summary>
public sealed record CatchUpOutcome(int Documents, int Inserted, int Skipped, int Conflicts, int Quarantined, DateTimeOffset Watermark);
