namespace Strangler.Migration.Worker.Progress;

/// <summary>Where a unit's backfill stands; stored as the lower-case name.</summary>
public static class UnitState
{
    public const string Idle = "idle";
    public const string Running = "running";
    public const string Paused = "paused";
    public const string Cancelled = "cancelled";
    public const string Completed = "completed";
}
