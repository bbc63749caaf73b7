using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Strangler.Contracts.Time;

namespace Strangler.Legacy.Eman.Notices;

/// <summary>
/// Issues due release vouchers once a minute on the injected clock, so a carrier polling its feed
/// later finds them even when no other request came in. Failures are logged and retried next tick.
/// </summary>
internal sealed partial class ReleaseService(ReleaseIssuer issuer, TimeProvider clock, ILogger<ReleaseService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var issued = await issuer.IssueDueAsync(HongKongTime.ReceivedAt(clock), stoppingToken);
                    if (issued > 0)
                    {
                        LogIssued(logger, issued);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Issued {Count} release voucher(s)")]
    private static partial void LogIssued(ILogger logger, int count);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Issuing release vouchers failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
