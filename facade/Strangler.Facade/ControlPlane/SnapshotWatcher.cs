using Microsoft.Extensions.Options;

namespace Strangler.Facade.ControlPlane;

/// <summary>
/// The routing snapshot this replica routes by. Polls the control plane for a newer revision (every
/// <c>Facade:ControlPlane:PollMilliseconds</c>, system clock) and swaps it in whole; a change made through this
/// replica's admin API applies at once.
/// </summary>
public sealed class SnapshotWatcher(StageStore store, IOptions<FacadeOptions> options, TimeProvider clock, ILogger<SnapshotWatcher> logger)
    : BackgroundService
{
    private RoutingSnapshot _current = RoutingSnapshot.Initial(clock.GetUtcNow());

    public RoutingSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Takes <paramref name="snapshot"/> if it is newer than the current one.</summary>
    public void Offer(RoutingSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        while (true)
        {
            var current = Current;
            if (snapshot.Revision <= current.Revision || Interlocked.CompareExchange(ref _current, snapshot, current) == current)
            {
                return;
            }
        }
    }

    /// <summary>Loads the latest snapshot now (start-up, tests).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var latestRevision = await store.LatestRevisionAsync(cancellationToken);
        if (latestRevision > Current.Revision && await store.LatestAsync(cancellationToken) is { } latest)
        {
            Offer(latest);
            logger.LogInformation("Routing revision {Revision}: {Stages}", latest.Revision,
                string.Join(", ", latest.All.Select(s => $"{s.Unit.ToString().ToLowerInvariant()} {s.Setting}")));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.ControlPlane.PollMilliseconds), TimeProvider.System);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Keep routing by the last snapshot: a control-plane outage must not stop traffic.
                logger.LogWarning(e, "Could not read the routing snapshot; keeping revision {Revision}.", Current.Revision);
            }
        }
    }
}
