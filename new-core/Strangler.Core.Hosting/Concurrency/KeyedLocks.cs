namespace Strangler.Core.Hosting.Concurrency;

/// <summary>
/// Serialises work per key inside one process (check-then-write of one client's identities or one document's
/// versions) without serialising unrelated requests. Keys hash onto a fixed set of stripes, so memory stays bounded;
/// two keys may share a stripe, which only costs a little waiting. Across processes the store's unique keys decide.
/// </summary>
public sealed class KeyedLocks
{
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Takes the lock of <paramref name="key"/>; dispose the result to release it.</summary>
    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var stripe = _stripes[(uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
