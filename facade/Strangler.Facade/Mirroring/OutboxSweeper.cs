using Microsoft.Extensions.Options;
using Strangler.Facade.Observability;

namespace Strangler.Facade.Mirroring;

/// <summary>
/// Delivers mirrored writes the lanes could not: the second system was down or slow, the queue was full, or the
/// facade restarted before sending. Oldest first; per order key it stops at the first failure, so order holds.
/// Its period is infrastructure time (the system clock); leases and back-off use the facade's clock.
/// </summary>
public sealed class OutboxSweeper(OutboxStore outbox, MirrorProcessor processor, FacadeMetrics metrics, IOptions<FacadeOptions> options, ILogger<OutboxSweeper> logger)
    : BackgroundService
{
    private long _pending;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.ObserveOutboxPending(() => Interlocked.Read(ref _pending));
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.Mirror.SweepSeconds), TimeProvider.System);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Sweeping the mirror outbox failed; trying again next period.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var due = await outbox.DueAsync(500, cancellationToken);
        foreach (var group in due.GroupBy(r => r.OrderKey))
        {
            foreach (var request in group.OrderBy(r => r.OutboxId))
            {
                if (!await processor.ProcessAsync(request, cancellationToken))
                {
                    break;
                }
            }
        }

        Interlocked.Exchange(ref _pending, (await outbox.CountsAsync(cancellationToken)).Pending);
    }
}
