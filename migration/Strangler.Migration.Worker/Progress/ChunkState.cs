namespace Strangler.Migration.Worker.Progress;

/// <summary>Where one chunk stands; stored as the lower-case name.</summary>
public static class ChunkState
{
    public const string Scheduled = "scheduled";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [Scheduled, Running, Done, Failed, Cancelled];
}
