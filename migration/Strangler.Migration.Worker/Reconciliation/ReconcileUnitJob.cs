using Quartz;
using Strangler.Contracts.CodeLists;
using Strangler.Migration.Reconciliation;
using Strangler.Migration.Worker.Observability;
using Strangler.Migration.Worker.Progress;

namespace Strangler.Migration.Worker.Reconciliation;

/// <summary>
/// Catch-up and store parity of a unit's whole backfill span (the plan's days), recorded as a unit-scope run: the
/// verdict the facade's "backfill reconciled" gate reads. A unit without a plan has nothing to reconcile (logged).
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ReconcileUnitJob(Reconciler reconciler, ProgressStore progress, WorkerMetrics metrics, ILogger<ReconcileUnitJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        if (!TransportModes.TryParseUnit(data.GetString(ReconciliationSchedule.UnitKey), out var unit))
        {
            throw new InvalidOperationException("A reconciliation trigger without a readable unit.");
        }

        var why = data.GetString(ReconciliationSchedule.TriggerKindKey) ?? ReconciliationTrigger.Manual;
        if (await progress.PlanOfAsync(unit, cancellationToken) is not { } plan)
        {
            LogNoPlan(unit.Name());
            return;
        }

        var run = await reconciler.ReconcileUnitAsync(unit, plan.FirstDay, plan.LastDay, why, cancellationToken);
        metrics.Reconciled(run);
        Log(unit.Name(), why, run.Outcome, run.LegacyRecords, run.CoreRecords, run.Unexplained, run.CatchUpInserted, run.Rounds);
    }

    [LoggerMessage(EventId = 7202, Level = LogLevel.Information,
        Message = "Reconciliation of {Unit} ({Why}): {Outcome} ({Legacy} legacy, {Core} core records, {Unexplained} unexplained; catch-up inserted {Inserted}; {Rounds} rounds)")]
    private partial void Log(string unit, string why, string outcome, int legacy, int core, int unexplained, int inserted, int rounds);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Information, Message = "Reconciliation of {Unit} skipped: the unit has no backfill plan")]
    private partial void LogNoPlan(string unit);
}
