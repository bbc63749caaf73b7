using System.Globalization;
using Microsoft.Extensions.Options;
using Strangler.Contracts.CodeLists;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Mirroring;

namespace Strangler.Facade.Gates;

/// <summary>
/// The gates before a unit moves forward (ARCHITECTURE.md "Stages"): enough comparisons in the window, parity rate,
/// and the new core's error rate not above legacy's (plus the configured excess). Moving to <c>shadow</c> needs none:
/// it changes no answer. Rollbacks need none. Moving to <c>live</c> or beyond also needs the unit's backfill reconciled
/// (<see cref="ReconciliationGate"/>, asked of the migration worker).
/// </summary>
public sealed class GateEvaluator(ComparisonStore comparisons, ReconciliationGate reconciliation, IOptions<FacadeOptions> options, TimeProvider clock)
{
    public async Task<GateReport> EvaluateAsync(CutoverUnit unit, StageSetting from, StageSetting to, CancellationToken cancellationToken = default)
    {
        var settings = options.Value.Gates;
        var end = clock.GetUtcNow();
        var start = end - TimeSpan.FromHours(settings.WindowHours);
        var checks = new List<GateCheck>();
        if (to.IsForwardOf(from) && to.Stage > Stage.Shadow)
        {
            var stats = await comparisons.StatsAsync(unit.Name(), start, cancellationToken);
            checks.Add(new GateCheck("comparisons", $">= {settings.MinComparisons}", Invariant(stats.Total), stats.Total >= settings.MinComparisons, true));
            checks.Add(new GateCheck("parity-rate", $">= {Percent(settings.MinParityRate)}",
                $"{Percent(stats.ParityRate)} ({stats.Equal} equal, {stats.Different} different)", stats.Equal + stats.Different > 0 && stats.ParityRate >= settings.MinParityRate, true));
            checks.Add(new GateCheck("core-error-rate", $"<= legacy {Percent(stats.LegacyErrorRate)} + {Percent(settings.MaxErrorRateExcess)}",
                $"{Percent(stats.CoreErrorRate)} ({stats.CoreErrors} of {stats.Total})", stats.CoreErrorRate <= stats.LegacyErrorRate + settings.MaxErrorRateExcess, true));
            if (to.Stage >= Stage.Live)
            {
                checks.Add(await reconciliation.CheckAsync(unit, cancellationToken));
            }
        }

        return new GateReport(unit.Name(), StageText.Write(from), StageText.Write(to), start, end, checks);
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.00%", CultureInfo.InvariantCulture);
}
