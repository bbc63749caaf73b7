namespace Strangler.Migration.Worker.Progress;

/// <summary>One chunk's row: the last outcome (<c>ChunkOutcome</c>'s counts and times), attempts, the node that ran it last, the last error.</summary>
public sealed record ChunkProgress(
    string ChunkId,
    string Interface,
    DateOnly Day,
    string State,
    long Documents,
    long Inserted,
    long Skipped,
    long Conflicts,
    long Quarantined,
    long LegacyReadMs,
    long ElapsedMs,
    int Attempts,
    int Failures,
    string? Worker,
    string? LastError,
    DateTimeOffset? Started,
    DateTimeOffset? Finished);
