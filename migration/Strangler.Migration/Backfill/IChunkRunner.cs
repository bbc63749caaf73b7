namespace Strangler.Migration.Backfill;

/// <summary>
/// Runs one chunk: reads it from legacy, writes it through the core's bulk ingest with its checkpoint in the same
/// transaction. Idempotent: running a chunk again (after a crash, on another worker, or on purpose) changes nothing that
/// is already right.
/// </summary>
public interface IChunkRunner
{
    Task<ChunkOutcome> RunAsync(BackfillChunk chunk, CancellationToken cancellationToken = default);
}
