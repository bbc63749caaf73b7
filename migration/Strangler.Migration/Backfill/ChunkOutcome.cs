namespace Strangler.Migration.Backfill;

/// <summary>
/// What running a chunk did: documents read from legacy, versions newly stored in the core, versions already there with
/// the same content (a re-run), conflicts (stored with other content: reported, never overwritten), legacy records
/// quarantined, and the time spent reading legacy and in all.
/// </summary>
public sealed record ChunkOutcome(
    BackfillChunk Chunk,
    int Documents,
    int Inserted,
    int Skipped,
    int Conflicts,
    int Quarantined,
    TimeSpan LegacyRead,
    TimeSpan Elapsed);
