using System.Collections.Concurrent;
using Strangler.Migration.Backfill;

namespace Strangler.Migration.Worker.Tests.Support;

/// <summary>
/// The tests' <see cref="IChunkRunner"/>: records every run (chunk id, which worker) in a log shared by the workers of
/// a test, answers a fixed number of documents per chunk, and can fail or block chosen runs.
/// </summary>
internal sealed class RecordingRunner(string worker, RunLog log) : IChunkRunner
{
    public const int DocumentsPerChunk = 7;

    /// <summary>Time each run takes, so several workers overlap.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.Zero;

    /// <summary>Chunk ids whose first run throws.</summary>
    public IReadOnlySet<string> FailFirstRun { get; init; } = new HashSet<string>();

    /// <summary>When set, the first run waits for this gate; <see cref="IgnoreCancellation"/> makes it deaf to the token (a hung or dead worker).</summary>
    public TaskCompletionSource? Gate { get; init; }

    public bool IgnoreCancellation { get; init; }

    private int _gated;

    public async Task<ChunkOutcome> RunAsync(BackfillChunk chunk, CancellationToken cancellationToken = default)
    {
        var attempt = log.Record(chunk.Id, worker);
        if (Gate is not null && Interlocked.Exchange(ref _gated, 1) == 0)
        {
            log.MarkBlocked(chunk.Id, worker);
            await (IgnoreCancellation ? Gate.Task : Gate.Task.WaitAsync(cancellationToken));
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (attempt == 1 && FailFirstRun.Contains(chunk.Id))
        {
            throw new InvalidOperationException($"legacy row unreadable in {chunk.Id}");
        }

        return new ChunkOutcome(chunk, DocumentsPerChunk, DocumentsPerChunk, 0, 0, 0, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2));
    }
}

/// <summary>Every run of every worker of one test.</summary>
internal sealed class RunLog
{
    private readonly ConcurrentQueue<(string Chunk, string Worker)> _runs = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public (string Chunk, string Worker)? Blocked { get; private set; }

    public IReadOnlyList<(string Chunk, string Worker)> Runs => [.. _runs];

    public int Record(string chunk, string worker)
    {
        _runs.Enqueue((chunk, worker));
        return _counts.AddOrUpdate(chunk, 1, (_, n) => n + 1);
    }

    public void MarkBlocked(string chunk, string worker) => Blocked = (chunk, worker);

    public IReadOnlyDictionary<string, int> CountsByChunk() => new Dictionary<string, int>(_counts);
}
