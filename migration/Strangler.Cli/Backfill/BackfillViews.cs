namespace Strangler.Cli.Backfill;

// The worker's /admin/v1/backfill JSON as this command reads it (camelCase, see
// migration/Strangler.Migration.Worker/Progress/UnitProgress.cs and ChunkProgress.cs). --json prints the body as sent.

internal sealed record UnitProgressView(
    string Unit,
    string State,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    int ChunksPlanned,
    int ChunksDone,
    int ChunksFailed,
    int ChunksRunning,
    long RecordsDone,
    long Errors,
    DateTimeOffset? Started,
    DateTimeOffset? Updated,
    double RecordsPerSecond,
    double? RemainingSeconds)
{
    /// <summary>Nothing more will happen to the unit without a command: never started, completed or cancelled.</summary>
    public bool IsAtRest => State is "idle" or "completed" or "cancelled";
}

internal sealed record ChunkProgressView(
    string ChunkId,
    string Interface,
    DateOnly Day,
    string State,
    long Documents,
    long Inserted,
    long Skipped,
    long Conflicts,
    long Quarantined,
    long ElapsedMs,
    int Attempts,
    int Failures,
    string? Worker,
    string? LastError,
    DateTimeOffset? Finished);

/// <summary>The answer of start, pause, resume, cancel and rerun: the unit's state after the command.</summary>
internal sealed record CommandStateView(string State);

/// <summary>A ProblemDetails of the worker; a refused command (409) carries the unit's current state.</summary>
internal sealed record BackfillProblemView(string? Title, string? Detail, string? State);
