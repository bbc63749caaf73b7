using Microsoft.Extensions.Configuration;
using Strangler.Core.Store.Database;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;
using Strangler.Cli.Tests.Stages;
using Strangler.Migration.Hosting;

namespace Strangler.Cli.Tests.Backfill;

/// <summary>
/// <c>strangler backfill reconcile|reconciliation|quarantine|accept</c> against a real worker with the real engine: a
/// small generated history in the stand-ins' SQLite stores, backfilled into a SQLite core.
/// </summary>
public sealed class ReconciliationCommandTests : IDisposable
{
    private const string Operator = WorkerUnderTest.OperatorToken;
    private const string Auditor = WorkerUnderTest.AuditorToken;
    private readonly string _directory = Directory.CreateTempSubdirectory("strangler-cli-reconcile-").FullName;

    [Fact]
    public async Task A_backfilled_unit_shows_reconciled_and_a_unit_never_backfilled_exits_1_with_the_reason()
    {
        await using var worker = await EngineWorkerAsync();
        Assert.Equal(0, worker.Run(Operator, "backfill", "start", "road", "--first-day", "2026-03-02", "--last-day", "2026-03-02").ExitCode);
        await worker.WaitForAsync("road", p => p.GetProperty("state").GetString() == "completed");
        var road = await WaitForRunAsync(worker, "road");

        Assert.True(road.ExitCode == 0, road.Output);
        Assert.Matches(@"(?m)^\s*road\s+yes\s+completed\s+backfill-completed\s+reconciled\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+(\d+)\s+\1\s+0\s+4\s+0\s", road.Output);
        Assert.Matches(@"road: no unexplained difference: \d+ legacy and \d+ core records, 0 quarantined records accepted", road.Output);

        var air = worker.Run(Auditor, "backfill", "reconciliation", "air");
        Assert.Equal(1, air.ExitCode);
        Assert.Contains("air: no backfill planned", air.Output);

        var all = worker.Run(Auditor, "backfill", "reconciliation");
        Assert.Equal(0, all.ExitCode);
        Assert.Matches(@"(?m)^\s*rail\s+NO\s+idle\s", all.Output);

        var again = worker.Run(Operator, "backfill", "reconcile", "road");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Reconciliation of road scheduled.", again.Output);
        await WaitForRunAsync(worker, "road", "manual");

        var runs = worker.Run(Auditor, "backfill", "reconciliation", "road", "--runs");
        Assert.Equal(0, runs.ExitCode);
        Assert.Matches(@"(?m)^\s*unit\s+manual\s+2026-03-02\.\.2026-03-02\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+reconciled\s+4\s+4\s+0\s+0\s+1\s", runs.Output);
        Assert.Matches(@"(?m)^\s*unit\s+backfill-completed\s", runs.Output);
        Assert.Matches(@"(?m)^\s*road-rocars-20260302\s+after-chunk\s+2026-03-02\.\.2026-03-02\s+\S+ \S+\s+reconciled\s+(\d+)\s+\1\s+0\s", runs.Output);

        var quarantine = worker.Run(Auditor, "backfill", "quarantine", "road");
        Assert.Equal((0, "Nothing quarantined."), (quarantine.ExitCode, quarantine.Output.Trim()));
    }

    [Fact]
    public async Task Accepting_needs_the_operator_and_a_record_that_is_quarantined()
    {
        await using var worker = await EngineWorkerAsync();

        var auditor = worker.Run(Auditor, "backfill", "accept", "road", "--interface", "Rocars", "--key", "B1", "--why", "known");
        var unknown = worker.Run(Operator, "backfill", "accept", "road", "--interface", "Rocars", "--key", "B1", "--why", "known");
        var usage = worker.Run(Operator, "backfill", "accept", "road", "--interface", "Tram", "--key", "B1", "--why", "known");
        var runsWithoutUnit = worker.Run(Operator, "backfill", "reconciliation", "--runs");

        Assert.Equal(1, auditor.ExitCode);
        Assert.Contains("403 Forbidden", auditor.Error);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("404 Not quarantined: No quarantined Rocars record B1 of road.", unknown.Error);
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal(2, runsWithoutUnit.ExitCode);
        Assert.Contains("--runs needs a unit.", runsWithoutUnit.Error);
    }

    [Fact]
    public async Task A_worker_without_the_engine_answers_that_it_cannot_reconcile()
    {
        await using var worker = await WorkerUnderTest.StartAsync(new TestRunner());

        var run = worker.Run(Auditor, "backfill", "reconciliation", "road");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("503 Reconciliation unavailable: This worker runs without the backfill engine, so it cannot reconcile.", run.Error);
    }

    private async Task<WorkerUnderTest> EngineWorkerAsync()
    {
        var legacy = new HistoryStore(HistoryStore.Sqlite, Path.Combine(_directory, "legacy"));
        var plan = HistoryPlan.For(HistoryScale.Small, seed: 3, new DateOnly(2026, 3, 2), 1) with { Volumes = new ModeVolumes(Road: 4, Air: 1, Sea: 1, River: 1, Rail: 1) };
        var generator = new HistoryGenerator(plan);
        await using (var sink = await StandInSink.CreateAsync(legacy, generator.Clients, HistoryInterfaces.All))
        {
            Assert.Equal(0, (await generator.RunAsync(sink)).Unexpected);
        }

        var coreFile = Path.Combine(_directory, "core.db");
        using (var core = new CoreDatabase(CoreStoreProvider.Sqlite, $"Data Source={coreFile}"))
        {
            await core.MigrateAsync();
        }

        return await WorkerUnderTest.StartAsync(builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Migration:Core:Provider"] = "Sqlite",
                ["Migration:Core:ConnectionString"] = $"Data Source={coreFile};Default Timeout=60",
                ["Migration:Legacy:Provider"] = "Sqlite",
                ["Migration:Legacy:Gets"] = legacy.ConnectionStringFor("gets"),
                ["Migration:Legacy:Eman"] = legacy.ConnectionStringFor("eman"),
                ["Migration:Legacy:Rocars"] = legacy.ConnectionStringFor("rocars"),
                ["Migration:Legacy:Accs"] = legacy.ConnectionStringFor("accs"),
            });
            builder.Services.AddBackfillEngine(builder.Configuration);
        });
    }

    /// <summary>
    /// Polls <c>backfill reconciliation unit --json</c> until its latest run is of <paramref name="trigger"/> (a guard of
    /// 90 s), then answers the table form.
    /// </summary>
    private static async Task<CliRun> WaitForRunAsync(WorkerUnderTest worker, string unit, string trigger = "backfill-completed")
    {
        string? Latest()
        {
            var json = worker.Run(Auditor, "backfill", "reconciliation", unit, "--json");
            using var status = System.Text.Json.JsonDocument.Parse(json.Output);
            return status.RootElement.GetProperty("latest") is { ValueKind: System.Text.Json.JsonValueKind.Object } latest
                ? latest.GetProperty("trigger").GetString()
                : null;
        }

        for (var i = 0; i < 450 && Latest() != trigger; i++)
        {
            await Task.Delay(200);
        }

        Assert.Equal(trigger, Latest());
        return worker.Run(Auditor, "backfill", "reconciliation", unit);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
