using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Strangler.Legacy.History.Clients;
using Strangler.Legacy.History.Parties;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Legacy.History.Driving;

/// <summary>
/// Generates a history: plans each day's traffic from the seed and dispatches every request in
/// received-at order (ties in planning order) to a lane per interface. Each lane sends its requests to
/// the sink one at a time in that order and reads each answer back (issued CCRNs, TDEC numbers and EMAN
/// refs are remembered for the documents that refer to them); lanes run concurrently, and a GETS request
/// first waits for the ROCARS and EMAN requests dispatched before it. Each store therefore sees the same
/// requests in the same order on every run: the same plan into empty stores gives the same bodies and stores.
/// </summary>
public sealed class HistoryGenerator
{
    private const int LaneCapacity = 4096;
    private readonly HistoryPlan _plan;

    public HistoryGenerator(HistoryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = plan.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(plan));
        }

        _plan = plan;
        Clients = HistoryClients.For(plan, PartyPools.Build(plan));
    }

    /// <summary>The keys the history's requests carry; the stand-ins must be configured with them.</summary>
    public HistoryClients Clients { get; }

    /// <summary>The documents the plan holds per interface (what a run sends when every answer is as intended).</summary>
    public IReadOnlyDictionary<HistoryInterface, long> Estimate()
    {
        var counts = HistoryInterfaces.All.ToDictionary(i => i, _ => 0L);
        var planner = new DayPlanner(new PlanningContext(_plan));
        for (var d = 0; d < _plan.Days; d++)
        {
            foreach (var request in planner.Plan(_plan.FirstDay.AddDays(d)))
            {
                counts[request.Interface] += request.Intents.Count;
            }
        }

        return counts;
    }

    /// <summary>Runs the history into <paramref name="sink"/>; <paramref name="observe"/> is called (one call at a time) after each request.</summary>
    public async Task<HistoryTotals> RunAsync(
        IHistorySink sink,
        IProgress<HistoryProgress>? progress = null,
        Action<HistoryExchange>? observe = null,
        IReadOnlyDictionary<HistoryInterface, long>? planned = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var context = new PlanningContext(_plan);
        var traffic = new TrafficContext(context.Clients, context.Numbers.RunTag);
        var totals = new HistoryTotals();
        var gate = new DispatchGate();
        var wall = Stopwatch.StartNew();
        planned ??= HistoryInterfaces.All.ToDictionary(i => i, _ => 0L);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lanes = HistoryInterfaces.All.ToDictionary(
            i => i, _ => Channel.CreateBounded<Dispatched>(new BoundedChannelOptions(LaneCapacity) { SingleReader = true, SingleWriter = true }));
        var send = new Sender(sink, traffic, totals, observe);
        var workers = lanes.Select(lane => Task.Run(() => RunLaneAsync(lane.Key, lane.Value.Reader, send, gate, stop), CancellationToken.None)).ToList();
        var reporter = progress is null ? Task.CompletedTask : ReportAsync(progress, totals, planned, wall, stop.Token);
        try
        {
            await DispatchAsync(new DayPlanner(context), lanes, totals, stop.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A lane failed and stopped the run; its exception is thrown below.
        }
        finally
        {
            foreach (var lane in lanes.Values)
            {
                lane.Writer.TryComplete();
            }
        }

        try
        {
            await WhenAllLanesAsync(workers);
        }
        finally
        {
            await stop.CancelAsync();
            await reporter;
        }

        totals.Elapsed = wall.Elapsed;
        progress?.Report(Snapshot(totals, planned, wall.Elapsed));
        return totals;
    }

    private async Task DispatchAsync(
        DayPlanner planner, Dictionary<HistoryInterface, Channel<Dispatched>> lanes, HistoryTotals totals, CancellationToken cancellationToken)
    {
        var queue = new PriorityQueue<PlannedRequest, (long, long)>();
        var enqueued = new long[HistoryInterfaces.All.Count];
        long sequence = 0;

        async Task DispatchDueAsync(DateTimeOffset? horizon)
        {
            while (queue.TryPeek(out var next, out _) && (horizon is null || next.ReceivedAt < horizon))
            {
                queue.Dequeue();
                long[]? required = null;
                if (next.Interface == HistoryInterface.Gets)
                {
                    // Declarations name CCRNs and EMAN refs: those lanes must have answered what came before.
                    required = new long[enqueued.Length];
                    required[(int)HistoryInterface.Rocars] = enqueued[(int)HistoryInterface.Rocars];
                    required[(int)HistoryInterface.Eman] = enqueued[(int)HistoryInterface.Eman];
                }

                enqueued[(int)next.Interface]++;
                totals.Received(next.ReceivedAt);
                await lanes[next.Interface].Writer.WriteAsync(new Dispatched(++sequence, next, required), cancellationToken);
            }
        }

        for (var d = 0; d < _plan.Days; d++)
        {
            var day = _plan.FirstDay.AddDays(d);
            foreach (var request in planner.Plan(day))
            {
                queue.Enqueue(request, (request.ReceivedAt.UtcTicks, request.Order));
            }

            // Later days plan nothing received before this horizon, so everything earlier can go now.
            await DispatchDueAsync(Schedule.Start(day.AddDays(1)) - Schedule.MaxLead);
        }

        await DispatchDueAsync(null);
    }

    private static async Task RunLaneAsync(
        HistoryInterface lane, ChannelReader<Dispatched> reader, Sender send, DispatchGate gate, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var item in reader.ReadAllAsync(stop.Token))
            {
                if (item.Required is { } required)
                {
                    await gate.WaitAsync(required, stop.Token);
                }

                await send.SendAsync(item, stop.Token);
                gate.Completed(lane);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stop.CancelAsync();
            throw;
        }
    }

    // The first real failure of a lane, not the cancellations it caused in the others.
    private static async Task WhenAllLanesAsync(List<Task> workers)
    {
        try
        {
            await Task.WhenAll(workers);
        }
        catch
        {
            var root = workers.Where(w => w.IsFaulted).SelectMany(w => w.Exception!.InnerExceptions)
                .FirstOrDefault(e => e is not OperationCanceledException);
            if (root is not null)
            {
                ExceptionDispatchInfo.Throw(root);
            }

            throw;
        }
    }

    private static async Task ReportAsync(
        IProgress<HistoryProgress> progress, HistoryTotals totals, IReadOnlyDictionary<HistoryInterface, long> planned, Stopwatch wall,
        CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
                progress.Report(Snapshot(totals, planned, wall.Elapsed));
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static HistoryProgress Snapshot(HistoryTotals totals, IReadOnlyDictionary<HistoryInterface, long> planned, TimeSpan elapsed) =>
        new(totals.Interfaces.ToDictionary(i => i.Key, i => i.Value.DocumentsDone), planned, elapsed);

    private sealed record Dispatched(long Sequence, PlannedRequest Request, long[]? Required);

    /// <summary>Sends one dispatched request and counts its outcomes; observers are called one at a time.</summary>
    private sealed class Sender(IHistorySink sink, TrafficContext traffic, HistoryTotals totals, Action<HistoryExchange>? observe)
    {
        private readonly object _observeLock = new();

        public async Task SendAsync(Dispatched item, CancellationToken cancellationToken)
        {
            var planned = item.Request;
            var interfaceTotals = totals.Interfaces[planned.Interface];
            var timer = Stopwatch.StartNew();
            var prepared = planned.Prepare(traffic);
            if (prepared is null)
            {
                interfaceTotals.Skipped++;
                return;
            }

            var answer = await sink.SubmitAsync(prepared.Request, cancellationToken);
            var outcomes = planned.Read(prepared, answer);
            interfaceTotals.Add(outcomes, timer.Elapsed);
            foreach (var outcome in outcomes.Where(o => !o.AsIntended))
            {
                totals.NoteUnexpected(
                    $"{planned.Interface.Name()} {planned.Key} at {planned.ReceivedAt:yyyy-MM-dd HH:mm:ss}: {outcome.Intent.Kind} ({outcome.Intent.Unit}) " +
                    $"meant {(outcome.Intent.IntendedError ?? "accepted")}, answered {(outcome.Accepted ? "accepted" : string.Join(" ", outcome.Errors))}");
            }

            if (observe is not null)
            {
                lock (_observeLock)
                {
                    observe(new HistoryExchange(item.Sequence, prepared.Request, answer, outcomes));
                }
            }
        }
    }
}
