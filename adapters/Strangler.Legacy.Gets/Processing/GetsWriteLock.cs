namespace Strangler.Legacy.Gets.Processing;

/// <summary>
/// The legacy GETS handled one message at a time; the stand-in does too, within a process, so that
/// interchanges, the queue and the feed never interleave and SQLite never sees two writers. Across
/// processes the unique keys of the request log keep duplicates from recording twice.
/// </summary>
internal sealed class GetsWriteLock : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
