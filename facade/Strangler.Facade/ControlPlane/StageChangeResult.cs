using Strangler.Facade.Gates;

namespace Strangler.Facade.ControlPlane;

public sealed record StageChangeResult(
    StageChangeStatus Status, RoutingSnapshot? Snapshot, ChangeLogEntry? Entry, GateReport? Gates, string? Problem, long? CurrentRevision)
{
    public static StageChangeResult Applied(RoutingSnapshot snapshot, ChangeLogEntry entry, GateReport gates) =>
        new(StageChangeStatus.Applied, snapshot, entry, gates, null, snapshot.Revision);

    public static StageChangeResult Refused(string problem) => new(StageChangeStatus.Refused, null, null, null, problem, null);

    public static StageChangeResult GatesFailed(GateReport gates) =>
        new(StageChangeStatus.GatesFailed, null, null, gates, "A gate did not pass; give override=true with a reason to move anyway (logged as an override).", null);

    public static StageChangeResult Conflict(long currentRevision) =>
        new(StageChangeStatus.Conflict, null, null, null, $"The routing revision moved to {currentRevision}; read the stages and try again.", currentRevision);
}

public enum StageChangeStatus
{
    Applied,
    Refused,
    GatesFailed,
    Conflict,
}
