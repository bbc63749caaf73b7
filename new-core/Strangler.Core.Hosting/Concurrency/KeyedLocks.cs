namespace Strangler.Core.Hosting.Concurrency;

/// <summary>
/// Serialises work per key inside one process (check-then-write of one client's identities or one document's
/// versions) without serialising unrelated requests. Keys hash onto a fixed set of stripes, so memory stays bounded;
/// two keys may share a stripe, which only costs a little waiting. A request that changes several things (an FFM's air
/// waybills) takes all their keys at once: the distinct stripes in ascending order, so no two requests wait on each other
/// in a cycle and two keys sharing a stripe never deadlock one request. Never nest calls. Across processes the store's
/// unique keys, row locks and conditional updates decide.
/// </summary>
public sealed class KeyedLocks
{
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 512).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Takes the lock of <paramref name="key"/>; dispose the result to release it.</summary>
    public Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return EnterAsync([key], cancellationToken);
    }

    /// <summary>Takes the locks of every key in <paramref name="keys"/> together; dispose the result to release them.</summary>
    public async Task<IDisposable> EnterAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var stripes = keys.Select(StripeOf).Distinct().Order().ToArray();
        var held = new Held(_stripes);
        try
        {
            foreach (var stripe in stripes)
            {
                await _stripes[stripe].WaitAsync(cancellationToken);
                held.Add(stripe);
            }
        }
        catch
        {
            held.Dispose();
            throw;
        }

        return held;
    }

    private int StripeOf(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length);

    private sealed class Held(SemaphoreSlim[] all) : IDisposable
    {
        private readonly List<int> _taken = [];
        private int _released;

        public void Add(int stripe) => _taken.Add(stripe);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                foreach (var stripe in _taken)
                {
                    all[stripe].Release();
                }
            }
        }
    }
}
