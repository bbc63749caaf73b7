using System.Text.Json;
using Strangler.Contracts.CodeLists;
using Strangler.Facade.Gates;

namespace Strangler.Facade.ControlPlane;

/// <summary>
/// The one way stages change: validates the move, judges the gates (forward moves), and applies the change with its
/// change-log entry atomically; this replica routes by it at once, the others within their poll interval.
/// </summary>
public sealed class StageChanges(StageStore store, GateEvaluator gates, SnapshotWatcher watcher)
{
    public async Task<StageChangeResult> ChangeAsync(
        CutoverUnit unit, StageSetting to, string actor, string role, string reason, bool isOverride, long? expectedRevision,
        CancellationToken cancellationToken = default)
    {
        var current = await store.LatestAsync(cancellationToken) ?? throw new InvalidOperationException("No routing snapshot.");
        var from = current[unit];
        if (Refusal(from, to) is { } refusal)
        {
            return StageChangeResult.Refused(refusal);
        }

        var report = await gates.EvaluateAsync(unit, from, to, cancellationToken);
        if (!report.Passed && !isOverride)
        {
            return StageChangeResult.GatesFailed(report);
        }

        var evidence = JsonSerializer.Serialize(new { gates = report, overridden = !report.Passed && isOverride });
        try
        {
            var (snapshot, entry) = await store.ApplyAsync(
                new StageChange(unit, to, actor, role, reason, isOverride && !report.Passed, evidence, expectedRevision ?? current.Revision),
                latest => Refusal(latest[unit], to), cancellationToken);
            watcher.Offer(snapshot);
            return StageChangeResult.Applied(snapshot, entry, report);
        }
        catch (StageRefusedException e)
        {
            return StageChangeResult.Refused(e.Message);
        }
        catch (StageConflictException e)
        {
            return StageChangeResult.Conflict(e.CurrentRevision);
        }
    }

    /// <summary>Why a move is not allowed at all, else null.</summary>
    public static string? Refusal(StageSetting from, StageSetting to)
    {
        if (from.Stage == Stage.Complete)
        {
            return "The unit is complete: the legacy system no longer receives its traffic, so there is nothing to roll back to.";
        }

        if (from == to)
        {
            return $"The unit is already {from}.";
        }

        return null;
    }
}
