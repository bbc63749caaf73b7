namespace Strangler.Migration.Crash.Tests.Support;

/// <summary>One chunk's progress row as the scheduler database holds it (a class with setters: Dapper maps int4/int8 onto it).</summary>
internal sealed class ChunkRow
{
    public string ChunkId { get; set; } = "";

    public string Unit { get; set; } = "";

    public string State { get; set; } = "";

    public long Attempts { get; set; }

    public long Failures { get; set; }

    public string? Worker { get; set; }

    public override string ToString() => $"{ChunkId} {State} attempts={Attempts} failures={Failures} worker={Worker}";
}
