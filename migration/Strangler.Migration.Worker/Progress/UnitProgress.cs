namespace Strangler.Migration.Worker.Progress;

/// <summary>
/// One unit's backfill as the admin API shows it: state, plan, chunks by outcome, records done, errors, times (Hong
/// Kong), the rate over the last minute and the estimated time left (null while nothing has finished lately).
/// </summary>
public sealed record UnitProgress(
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
    double? RemainingSeconds);
