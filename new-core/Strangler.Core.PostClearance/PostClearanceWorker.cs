using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Strangler.Core.PostClearance;

/// <summary>Runs the module every <see cref="PostClearanceOptions.Interval"/> on the injected clock.</summary>
internal sealed partial class PostClearanceWorker(
    PostClearanceRun run, TimeProvider clock, IOptions<PostClearanceOptions> options, ILogger<PostClearanceWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
                var result = await run.RunAsync(stoppingToken);
                RunCompleted(logger, result.IndexedDocuments, result.OpenedCases, result.ClosedCases);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failed pass is retried at the next interval; the worker must keep running
            catch (Exception e)
#pragma warning restore CA1031
            {
                RunFailed(logger, e);
            }
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Post-clearance run: {Indexed} documents indexed, {Opened} cases opened, {Closed} closed")]
    private static partial void RunCompleted(ILogger logger, int indexed, int opened, int closed);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Post-clearance run failed; retrying at the next interval")]
    private static partial void RunFailed(ILogger logger, Exception exception);
}
