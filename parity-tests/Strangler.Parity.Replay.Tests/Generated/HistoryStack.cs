using Strangler.Facade.Testing;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;

namespace Strangler.Parity.Replay.Tests.Generated;

/// <summary>
/// The stack (control plane on SQLite) whose stand-ins and new core also know the generated history's client keys.
/// The plan starts three days after the stack's noon: the history's earliest requests (advance lodgements, two days
/// before the first day) still come after the clock's start, which a fake clock cannot go back from.
/// </summary>
public sealed class HistoryStack : StranglerStack
{
    /// <summary>A small plan (a few hundred documents over two days, every mode and interface) keeps the run under a minute.</summary>
    public static readonly HistoryPlan Plan = HistoryPlan.For(HistoryScale.Small, seed: 6, firstDay: DateOnly.FromDateTime(Noon.Date).AddDays(3)) with
    {
        Volumes = new ModeVolumes(Road: 6, Air: 6, Sea: 6, River: 2, Rail: 2),
    };

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"stack-history-facade-{Guid.NewGuid():N}.db");

    public HistoryGenerator Generator { get; } = new(Plan);

    /// <summary>
    /// The history's keys, and the core's rule poll at its slowest: the clock jumps over six weeks of history, and a fake
    /// clock fires a periodic timer once per period it passes (every 5 s by default: some 700,000 polls).
    /// </summary>
    protected override IReadOnlyDictionary<string, string?> SystemSettings =>
        new Dictionary<string, string?>(StandInKeys.Configuration(Generator.Clients)) { ["Clearance:RulePollSeconds"] = "3600" };

    protected override Task<(string Provider, string ConnectionString)> ControlPlaneAsync() =>
        Task.FromResult(("Sqlite", $"Data Source={_file}"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(f);
        }
    }
}
