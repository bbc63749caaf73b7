using System.Collections.Concurrent;
using Strangler.Migration.Backfill;

namespace Strangler.Cli.Tests.Backfill;

/// <summary>
/// The tests' <see cref="IChunkRunner"/> (as the worker's own tests have one): records every run, answers a fixed number
/// of documents per chunk, can hold its first run until released and can fail the first run of chosen chunks.
/// </summary>
internal sealed class TestRunner : IChunkRunner
{
    public const int DocumentsPerChunk = 7;

    private readonly ConcurrentDictionary<string, int> _runs = new();
    private int _gated;

    /// <summary>When set, the first run waits for it (so a test sees a chunk running).</summary>
    public TaskCompletionSource? Gate { get; init; }

    /// <summary>Chunk ids whose first run throws.</summary>
    public IReadOnlySet<string> FailFirstRun { get; init; } = new HashSet<string>();

    public IReadOnlyDictionary<string, int> Runs => new Dictionary<string, int>(_runs);

    public async Task<ChunkOutcome> RunAsync(BackfillChunk chunk, CancellationToken cancellationToken = default)
    {
        var attempt = _runs.AddOrUpdate(chunk.Id, 1, (_, n) => n + 1);
        if (Gate is not null && Interlocked.Exchange(ref _gated, 1) == 0)
        {
            await Gate.Task.WaitAsync(cancellationToken);
        }

        if (attempt == 1 && FailFirstRun.Contains(chunk.Id))
        {
            throw new InvalidOperationException($"legacy row unreadable in {chunk.Id}");
        }

        return new ChunkOutcome(chunk, DocumentsPerChunk, DocumentsPerChunk, 0, 0, 0, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2));
    }
}
