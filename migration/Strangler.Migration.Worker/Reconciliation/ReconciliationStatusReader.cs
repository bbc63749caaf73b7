using System.Globalization;
using Strangler.Contracts.CodeLists;
using Strangler.Migration.Reconciliation;
using Strangler.Migration.Worker.Progress;

namespace Strangler.Migration.Worker.Reconciliation;

/// <summary>
/// A unit is reconciled when its backfill completed, and the latest whole-span reconciliation ran after that, over the
/// plan's days, and found no unexplained difference. Anything else says which of these is not so.
/// </summary>
internal sealed class ReconciliationStatusReader(ProgressStore progress, IServiceProvider services)
{
    public bool Available => services.GetService<ReconciliationStore>() is not null;

    public async Task<ReconciliationStatus> StatusAsync(CutoverUnit unit, CancellationToken ct)
    {
        var store = services.GetService<ReconciliationStore>()
            ?? throw new InvalidOperationException("Reconciliation needs the backfill engine (AddBackfillEngine).");
        var plan = await progress.PlanOfAsync(unit, ct);
        if (plan is null)
        {
            return new ReconciliationStatus(unit.Name(), false, "no backfill planned", UnitState.Idle, null, null, null, null, 0, 0);
        }

        var latest = (await store.RunsAsync(unit, ReconciliationScope.Unit, 1, ct)).FirstOrDefault();
        var (chunks, withDifferences) = await store.ChunkSummaryAsync(unit, ct);
        var (reconciled, reason) = Verdict(plan, latest);
        return new ReconciliationStatus(unit.Name(), reconciled, reason, plan.State, plan.FirstDay, plan.LastDay, plan.StateChangedAt, latest, chunks, withDifferences);
    }

    internal static (bool Reconciled, string Reason) Verdict(UnitPlan plan, ReconciliationRun? latest)
    {
        if (plan.State != UnitState.Completed)
        {
            return (false, $"the backfill is {plan.State}");
        }

        if (latest is null)
        {
            return (false, "no reconciliation of the whole span yet");
        }

        if (latest.StartedAt < plan.StateChangedAt)
        {
            return (false, "the latest reconciliation started before the backfill completed");
        }

        if (latest.FirstDay != plan.FirstDay || latest.LastDay != plan.LastDay)
        {
            return (false, Invariant($"the latest reconciliation covered {latest.FirstDay:yyyy-MM-dd}..{latest.LastDay:yyyy-MM-dd}, the plan {plan.FirstDay:yyyy-MM-dd}..{plan.LastDay:yyyy-MM-dd}"));
        }

        return latest.Outcome switch
        {
            ReconciliationOutcome.Reconciled => (true, Invariant(
                $"no unexplained difference: {latest.LegacyRecords} legacy and {latest.CoreRecords} core records, {latest.QuarantineAccepted} quarantined records accepted")),
            ReconciliationOutcome.Failed => (false, "the latest reconciliation failed (see its detail)"),
            _ => (false, Invariant(
                $"{latest.Unexplained} unexplained differences: {latest.Missing} missing, {latest.Extra} extra, {latest.Differing} differing, {latest.Duplicates} duplicated, {latest.Quarantined - latest.QuarantineAccepted} quarantined not accepted")),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
