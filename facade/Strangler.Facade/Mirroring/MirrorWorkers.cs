namespace Strangler.Facade.Mirroring;

/// <summary>One loop per lane, sending mirrors one after the other.</summary>
public sealed class MirrorWorkers(MirrorQueue queue, MirrorProcessor processor, ILogger<MirrorWorkers> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(queue.Lanes.Select(lane => Task.Run(async () =>
        {
            await foreach (var request in lane.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await processor.ProcessAsync(request, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // A write is still in the outbox; the sweeper tries it again.
                    logger.LogWarning(e, "Mirroring a {Interface} request failed.", request.Interface);
                }
            }
        }, stoppingToken)));
}
