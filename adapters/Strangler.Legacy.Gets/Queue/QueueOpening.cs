using Strangler.Contracts.Time;
using Strangler.Legacy.Gets.Hours;
using Strangler.Legacy.Gets.Processing;

namespace Strangler.Legacy.Gets.Queue;

/// <summary>
/// Processes the queue at each opening of the service hours, on the injected clock (a fake clock's
/// Advance fires it). Requests also process what is due before they are handled, so nothing depends on
/// this service having run first.
/// </summary>
internal sealed partial class QueueOpening(GetsProcessor processor, ServiceHours hours, TimeProvider clock, ILogger<QueueOpening> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var processed = await processor.ProcessDueQueueAsync(stoppingToken);
                if (processed > 0)
                {
                    LogProcessed(processed);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The next opening, or the next request, tries again; nothing half-done was committed.
                LogFailed(failure);
            }

            var now = HongKongTime.Now(clock);
            var next = hours.NextOpening(now);
            if (next <= now)
            {
                // Open now: sleep until tomorrow's opening.
                next = hours.NextOpening(new DateTimeOffset(now.Date.AddDays(1), HongKongTime.Offset));
            }

            try
            {
                await Task.Delay(next - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Processed {Count} queued GETS message(s) at the opening.")]
    private partial void LogProcessed(int count);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Processing the GETS queue failed; it is retried at the next request or opening.")]
    private partial void LogFailed(Exception failure);
}
