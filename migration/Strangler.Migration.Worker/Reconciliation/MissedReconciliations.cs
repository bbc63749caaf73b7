using Strangler.Contracts.CodeLists;
using Strangler.Migration.Reconciliation;
using Strangler.Migration.Worker.Progress;

namespace Strangler.Migration.Worker.Reconciliation;

/// <summary>
/// At start-up, schedules the reconciliation of every completed unit that has none since it completed: a node that died
/// between recording a unit's last chunk and scheduling its reconciliation leaves that work to the next node to start
/// (several nodes doing so make one run: the trigger is replaced, the job is not concurrent).
/// </summary>
internal sealed partial class MissedReconciliations(
    ProgressStore progress, ReconciliationSchedule schedule, IServiceProvider services, ILogger<MissedReconciliations> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<ReconciliationStore>() is not { } store)
        {
            return;
        }

        foreach (var unit in Enum.GetValues<CutoverUnit>())
        {
            if (await progress.PlanOfAsync(unit, cancellationToken) is not { State: UnitState.Completed } plan)
            {
                continue;
            }

            var latest = (await store.RunsAsync(unit, ReconciliationScope.Unit, 1, cancellationToken)).FirstOrDefault();
            if (latest is null || latest.StartedAt < plan.StateChangedAt)
            {
                LogScheduled(unit.Name());
                await schedule.UnitNowAsync(unit, ReconciliationTrigger.BackfillCompleted, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7204, Level = LogLevel.Information, Message = "{Unit} completed without a reconciliation since: scheduled one")]
    private partial void LogScheduled(string unit);
}
