using System.Diagnostics;
using System.Diagnostics.Metrics;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Observability;

/// <summary>
/// The facade's meters (<c>Strangler.Facade</c>, exported at <c>/metrics</c>): requests, errors and latency per
/// interface, unit, side and role (primary answers the client, mirror is the second call), mirror queue depth and
/// overflow, comparisons by outcome, requests whose mode could not be read, client facade headers dropped.
/// </summary>
public sealed class FacadeMetrics : IDisposable
{
    public const string MeterName = "Strangler.Facade";

    private readonly Meter _meter;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _overflow;
    private readonly Counter<long> _comparisons;
    private readonly Counter<long> _unreadable;
    private readonly Counter<long> _strippedHeaders;
    private readonly Counter<long> _outboxFailures;
    private long _overflowTotal;
    private long _unreadableTotal;
    private long _strippedTotal;

    public FacadeMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _requests = _meter.CreateCounter<long>("facade.requests", description: "Requests sent to a system, per interface, unit, side and role.");
        _errors = _meter.CreateCounter<long>("facade.errors", description: "Requests a system failed (5xx, timeout, refused).");
        _duration = _meter.CreateHistogram<double>("facade.request.duration", "ms", "Time until the system's whole answer arrived.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000] });
        _overflow = _meter.CreateCounter<long>("facade.mirror.overflow", description: "Mirrors not queued because the queue was full.");
        _comparisons = _meter.CreateCounter<long>("facade.comparisons", description: "Comparison records by outcome.");
        _unreadable = _meter.CreateCounter<long>("facade.mode_unreadable", description: "EDIFACT requests whose transport mode could not be read (routed to legacy).");
        _strippedHeaders = _meter.CreateCounter<long>("facade.client_facade_headers", description: "X-Strangler-* headers sent by clients and dropped.");
        _outboxFailures = _meter.CreateCounter<long>("facade.outbox.write_failures", description: "Mirrored writes the outbox could not record (kept in memory only).");
    }

    public long OverflowTotal => Interlocked.Read(ref _overflowTotal);

    public long UnreadableTotal => Interlocked.Read(ref _unreadableTotal);

    public long StrippedHeadersTotal => Interlocked.Read(ref _strippedTotal);

    /// <summary>Registers the queue depth gauge (the queue is built after the metrics).</summary>
    public void ObserveQueueDepth(Func<int> depth) =>
        _meter.CreateObservableGauge("facade.mirror.queue_depth", depth, description: "Mirrored requests waiting in memory.");

    public void ObserveOutboxPending(Func<long> pending) =>
        _meter.CreateObservableGauge("facade.outbox.pending", pending, description: "Mirrored writes not yet delivered (as last swept).");

    public void Request(ContractInterface contractInterface, string? unit, Side side, bool mirror, int status, double milliseconds, bool failed)
    {
        var tags = new TagList
        {
            { "interface", contractInterface.PathSegment() },
            { "unit", unit ?? "-" },
            { "side", side.Name() },
            { "role", mirror ? "mirror" : "primary" },
        };
        _requests.Add(1, tags);
        _duration.Record(milliseconds, tags);
        if (failed || status >= 500)
        {
            _errors.Add(1, tags);
        }
    }

    public void Overflow(ContractInterface contractInterface, RequestKind kind)
    {
        Interlocked.Increment(ref _overflowTotal);
        _overflow.Add(1, new TagList { { "interface", contractInterface.PathSegment() }, { "kind", kind.ToString().ToLowerInvariant() } });
    }

    public void Compared(ContractInterface contractInterface, string? unit, string outcome) =>
        _comparisons.Add(1, new TagList { { "interface", contractInterface.PathSegment() }, { "unit", unit ?? "-" }, { "outcome", outcome } });

    public void Unreadable(ContractInterface contractInterface)
    {
        Interlocked.Increment(ref _unreadableTotal);
        _unreadable.Add(1, new TagList { { "interface", contractInterface.PathSegment() } });
    }

    public void StrippedHeaders(int count)
    {
        Interlocked.Add(ref _strippedTotal, count);
        _strippedHeaders.Add(count);
    }

    public void OutboxWriteFailed() => _outboxFailures.Add(1);

    public void Dispose() => _meter.Dispose();
}
