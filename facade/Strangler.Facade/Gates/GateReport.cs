namespace Strangler.Facade.Gates;

/// <summary>The gates of one forward move and the evidence they were judged on.</summary>
public sealed record GateReport(string Unit, string From, string To, DateTimeOffset WindowStart, DateTimeOffset WindowEnd, IReadOnlyList<GateCheck> Checks)
{
    public bool Passed => Checks.Where(c => c.Evaluated).All(c => c.Passed);
}
