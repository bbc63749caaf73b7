using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Strangler.Core.Clearance.Rules;

/// <summary>
/// Loads (and on first start seeds) the rule set before the core serves, then checks the stored version every
/// <see cref="ClearanceOptions.RulePollSeconds"/> so a change made through another instance applies here too.
/// </summary>
internal sealed partial class RuleSetPoller(StoredRuleStore store, IOptions<ClearanceOptions> options, TimeProvider clock, ILogger<RuleSetPoller> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.EnsureLoadedAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RulePollSeconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await store.RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The store may be briefly unreachable; the current rule set stays in force until the next tick.
                    RefreshFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Checking the stored rule-set version failed; keeping the current rule set.")]
    private static partial void RefreshFailed(ILogger logger, Exception exception);
}
