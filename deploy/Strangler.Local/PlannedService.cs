namespace Strangler.Local;

/// <summary>A service of the system and the local URL it listens on (the run command says which of them run yet).</summary>
internal sealed record PlannedService(string Name, string Url, string Purpose)
{
    public static IReadOnlyList<PlannedService> All { get; } =
    [
        new("facade", "http://localhost:5180", "what existing clients call: /gets, /eman, /rocars, /accs"),
        new("legacy GETS stand-in", "http://localhost:5181", "legacy behaviour of GETS (EDIFACT CUSDEC/CUSRES)"),
        new("legacy EMAN stand-in", "http://localhost:5182", "legacy behaviour of EMAN (EDIFACT CUSCAR/CUSRES)"),
        new("legacy ROCARS stand-in", "http://localhost:5183", "legacy behaviour of ROCARS (XML)"),
        new("legacy ACCS stand-in", "http://localhost:5184", "legacy behaviour of ACCS (Cargo-IMP)"),
        new("new core", "http://localhost:5185", "one platform for all modes and interfaces"),
        new("migration worker", "http://localhost:5186", "backfill jobs (Quartz), /admin/v1/backfill"),
        new("console", "http://localhost:5187", "cut-over stages, parity and backfill progress"),
    ];
}
