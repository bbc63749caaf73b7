using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Strangler.Legacy.Accs.Status;

/// <summary>
/// Releases (RL) air waybills whose document check or examination completed, once a minute on the
/// injected clock. Requests release what is due themselves before they read or write, so this only
/// keeps the feed current while nobody calls; under a fake clock it runs when the clock is advanced.
/// </summary>
internal sealed partial class ExaminationReleaseService(AccsStatusService status, TimeProvider clock, ILogger<ExaminationReleaseService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
                var released = await status.ReleaseDueAsync(clock.GetUtcNow(), stoppingToken);
                if (released > 0)
                {
                    LogReleased(released);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The next round (or the next request) retries; nothing is half-done, each round is one transaction.
                LogFailed(failure);
            }
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Released {Count} air waybills after their check")]
    private partial void LogReleased(int count);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Releasing checked air waybills failed")]
    private partial void LogFailed(Exception failure);
}
