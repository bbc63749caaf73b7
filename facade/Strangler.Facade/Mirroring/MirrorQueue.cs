using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Strangler.Facade.Observability;
using Strangler.Facade.Routing;
using Strangler.Facade.Routing.Ownership;

namespace Strangler.Facade.Mirroring;

/// <summary>
/// The bounded in-memory queue of mirrors, split into lanes by order key (so one key's requests are sent in order).
/// Offering never waits: when the lane is full the mirror is counted as overflow; a write is still in the outbox and
/// the sweeper delivers it, a read is simply not compared.
/// </summary>
public sealed class MirrorQueue
{
    private readonly Channel<MirrorRequest>[] _lanes;
    private readonly FacadeMetrics _metrics;

    public MirrorQueue(IOptions<FacadeOptions> options, FacadeMetrics metrics)
    {
        var settings = options.Value.Mirror;
        var perLane = Math.Max(1, settings.QueueCapacity / settings.Lanes);
        _lanes = Enumerable.Range(0, settings.Lanes)
            .Select(_ => Channel.CreateBounded<MirrorRequest>(new BoundedChannelOptions(perLane)
            {
                FullMode = BoundedChannelFullMode.Wait, // TryWrite answers false at once when full
                SingleReader = true,
            }))
            .ToArray();
        _metrics = metrics;
        metrics.ObserveQueueDepth(() => Depth);
    }

    public int Depth => _lanes.Sum(l => l.Reader.Count);

    public IReadOnlyList<ChannelReader<MirrorRequest>> Lanes => _lanes.Select(l => l.Reader).ToList();

    public bool Offer(MirrorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lane = _lanes[StickyBucket.Of(request.OrderKey) % _lanes.Length];
        if (lane.Writer.TryWrite(request))
        {
            return true;
        }

        _metrics.Overflow(request.Interface, request.Kind);
        return false;
    }

    public void Complete()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }
    }
}
