namespace Strangler.Core.Accs;

/// <summary>
/// Per-air-waybill locking inside one process: a request takes the keys it changes (its air waybills, an FFM's flight,
/// an FHL's master, its request-log identity) all at once. Keys hash onto a fixed set of stripes; the distinct stripes are
/// taken in ascending order, so two requests never wait on each other in a cycle and two keys sharing a stripe never
/// deadlock one request. Across processes the store decides (unique keys, row locks, conditional updates).
/// </summary>
/// <remarks>
/// Not <c>KeyedLocks</c>: that takes one key per request, and two keys of one FFM may share its stripe.
/// </remarks>
internal sealed class AccsLocks
{
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 512).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Takes the locks of every key in <paramref name="keys"/>; dispose the result to release them.</summary>
    public async Task<IDisposable> EnterAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var stripes = keys.Select(StripeOf).Distinct().Order().ToArray();
        var held = new Held(_stripes);
        try
        {
            foreach (var stripe in stripes)
            {
                await _stripes[stripe].WaitAsync(ct);
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
