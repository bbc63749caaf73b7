using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Configuration;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Core.Store.Database;
using Strangler.Facade.Gates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;
using Strangler.Migration.Backfill;
using Strangler.Migration.Hosting;
using Strangler.Migration.Reconciliation;
using Strangler.Migration.Tests.Support;
using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Reconciliation;
using Strangler.Migration.Worker.Scheduling;
using Strangler.Migration.Worker.Tests.Support;
using Xunit.Abstractions;

namespace Strangler.Migration.Worker.Tests;

/// <summary>
/// Reconciliation as Quartz jobs in the worker with the real engine: each chunk reconciled when done, the unit when its
/// backfill completes; legacy traffic (amendments, cancellations, new documents) that goes on after the backfill is
/// caught up by the next reconciliation and the stores converge; the status says so through the admin API.
/// </summary>
[Collection(ProcessMetrics.Collection)]
public sealed class ReconciliationJobTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateOnly FirstDay = new(2026, 3, 2);
    private readonly string _directory = Directory.CreateTempSubdirectory("strangler-reconcile-").FullName;

    [Fact]
    public async Task The_worker_reconciles_each_chunk_and_the_unit_then_catches_up_later_legacy_traffic_until_the_stores_converge()
    {
        CutoverUnit[] units = [CutoverUnit.Road, CutoverUnit.Sea];
        // The legacy systems' traffic stands still at noon of the second day while the worker backfills the whole span.
        await using var held = await HeldHistoryAsync();
        var (legacy, coreFile, pause, pausing, generation) = (held.Legacy, held.CoreFile, held.Pause, held.Pausing, held.Generation);
        var schedulerFile = Path.Combine(_directory, "scheduler.db");

        await using (var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, $"Data Source={schedulerFile};Default Timeout=60", 2,
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(EngineSettings(legacy, coreFile));
                builder.Services.AddBackfillEngine(builder.Configuration);
            }))
        {
            foreach (var unit in units)
            {
                await worker.PostAsync($"/admin/v1/backfill/{unit.Name()}/start", new { firstDay = "2026-03-02", lastDay = "2026-03-04" });
            }

            foreach (var unit in units)
            {
                await worker.WaitForAsync(unit.Name(), p => p.State == UnitState.Completed);
                // The last chunk's own reconciliation is a job of its own: it may end after the unit's.
                var chunks = BackfillPlan.For(unit, FirstDay, FirstDay.AddDays(2)).Count;
                var status = await WaitForRunAsync(worker, unit, ReconciliationTrigger.BackfillCompleted, chunks);
                output.WriteLine($"{unit.Name()} after the backfill: {status.Reason}; {status.ChunksReconciled} chunks reconciled");
                Assert.True(status.Reconciled, status.Reason);
                Assert.Equal((chunks, 0), (status.ChunksReconciled, status.ChunksWithDifferences));
                Assert.Equal((0, 1), (status.Latest!.Unexplained, status.Latest.Rounds));
            }

            // Legacy goes on: amendments and cancellations of backfilled documents, and new ones.
            pausing.Resume();
            Assert.Equal(0, (await generation).Unexpected);

            var caughtUp = 0;
            foreach (var unit in units)
            {
                await worker.PostAsync($"/admin/v1/reconciliation/{unit.Name()}/run");
                var status = await WaitForRunAsync(worker, unit, ReconciliationTrigger.Manual);
                output.WriteLine($"{unit.Name()} after the traffic: {status.Reason}; catch-up inserted {status.Latest!.CatchUpInserted} in {status.Latest.Rounds} round(s)");
                Assert.True(status.Reconciled, status.Reason);
                Assert.Equal(status.Latest.LegacyRecords, status.Latest.CoreRecords);
                caughtUp += status.Latest.CatchUpInserted;
            }

            Assert.True(caughtUp > 0, "nothing was caught up");

            // The facade's gate asks this worker: both units pass, a unit never backfilled does not.
            var gate = Gate(worker.Auditor.BaseAddress!);
            foreach (var unit in units)
            {
                var check = await gate.CheckAsync(unit, default);
                Assert.True(check.Passed && check.Evaluated, check.Actual);
            }

            Assert.Equal("not reconciled: no backfill planned", (await gate.CheckAsync(CutoverUnit.Air, default)).Actual);
            Assert.Equal(["Amendment", "Cancellation"], await LateChangesAsync(coreFile, pause));

            // The nightly run of each planned unit: a cron trigger in Hong Kong time.
            await using var scheduler = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={schedulerFile}");
            var nightly = (await scheduler.QueryAsync<(string Group, string Cron, string Zone)>(
                "SELECT TRIGGER_GROUP, CRON_EXPRESSION, TIME_ZONE_ID FROM QRTZ_CRON_TRIGGERS ORDER BY TRIGGER_GROUP")).ToList();
            Assert.Equal([("reconcile-road", "0 0 2 * * ?", "Asia/Hong_Kong"), ("reconcile-sea", "0 0 2 * * ?", "Asia/Hong_Kong")], nightly);
        }
    }

    [Fact]
    public async Task Legacy_traffic_going_on_while_the_worker_backfills_converges_after_the_next_reconciliation()
    {
        await using var held = await HeldHistoryAsync();
        var (legacy, coreFile, pause, pausing, generation) = (held.Legacy, held.CoreFile, held.Pause, held.Pausing, held.Generation);
        var settings = EngineSettings(legacy, coreFile);
        // Slow enough that the legacy traffic below runs while chunks are still being read and written.
        settings["Migration:Throttle:RecordsPerSecond"] = "10";
        settings["Migration:Throttle:Burst"] = "10";

        await using var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, $"Data Source={Path.Combine(_directory, "scheduler.db")};Default Timeout=60", 1,
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Services.AddBackfillEngine(builder.Configuration);
            });
        await worker.PostAsync("/admin/v1/backfill/road/start", new { firstDay = "2026-03-02", lastDay = "2026-03-04" });
        await worker.WaitForAsync("road", p => p.ChunksDone >= 1);
        pausing.Resume();
        Assert.Equal(0, (await generation).Unexpected);
        var during = await worker.ProgressAsync("road");
        output.WriteLine($"the traffic ended with {during.ChunksDone} of {during.ChunksPlanned} chunks done");
        Assert.True(during.ChunksDone < during.ChunksPlanned, "the backfill ended before the traffic did: nothing ran side by side");

        await worker.WaitForAsync("road", p => p.State == UnitState.Completed);
        var completed = await WaitForRunAsync(worker, CutoverUnit.Road, ReconciliationTrigger.BackfillCompleted);
        output.WriteLine($"road when the backfill completed: {completed.Reason}; catch-up inserted {completed.Latest!.CatchUpInserted}");
        await worker.PostAsync("/admin/v1/reconciliation/road/run");
        var status = await WaitForRunAsync(worker, CutoverUnit.Road, ReconciliationTrigger.Manual);

        output.WriteLine($"road: {status.Reason}; catch-up inserted {status.Latest!.CatchUpInserted}");
        Assert.True(status.Reconciled, status.Reason);
        Assert.Equal(["Amendment", "Cancellation"], await LateChangesAsync(coreFile, pause));
    }

    [Fact]
    public async Task Reconciliation_endpoints_need_the_operator_to_change_and_answer_bad_input_with_problem_details()
    {
        var coreFile = Path.Combine(_directory, "core.db");
        using (var core = new CoreDatabase(CoreStoreProvider.Sqlite, $"Data Source={coreFile}"))
        {
            await core.MigrateAsync();
        }

        var legacy = new HistoryStore(HistoryStore.Sqlite, Path.Combine(_directory, "legacy"));
        await using var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, $"Data Source={Path.Combine(_directory, "scheduler.db")};Default Timeout=60", 1,
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(EngineSettings(legacy, coreFile));
                builder.Services.AddBackfillEngine(builder.Configuration);
            });

        var idle = (await worker.Auditor.GetFromJsonAsync<ReconciliationStatus>("/admin/v1/reconciliation/air"))!;
        Assert.Equal((false, "no backfill planned", UnitState.Idle), (idle.Reconciled, idle.Reason, idle.BackfillState));
        Assert.Equal(5, (await worker.Auditor.GetFromJsonAsync<List<ReconciliationStatus>>("/admin/v1/reconciliation/"))!.Count);
        Assert.Equal(HttpStatusCode.Unauthorized, (await worker.Anonymous.GetAsync("/admin/v1/reconciliation/air")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.Auditor.PostAsync("/admin/v1/reconciliation/air/run", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.Auditor.PostAsJsonAsync("/admin/v1/reconciliation/air/quarantine/accept",
            new { @interface = "Accs", legacyKey = "1", why = "x" })).StatusCode);

        await ProblemAsync(worker.Operator.GetAsync("/admin/v1/reconciliation/tram"), 400, "Unknown cut-over unit");
        await ProblemAsync(worker.Operator.PostAsync("/admin/v1/reconciliation/air/run", null), 409, "Nothing to reconcile");
        await ProblemAsync(worker.Operator.GetAsync("/admin/v1/reconciliation/air/runs?scope=day"), 400, "Unknown scope");
        await ProblemAsync(worker.Operator.GetAsync("/admin/v1/reconciliation/air/runs?limit=0"), 400, "Limit out of range");
        await ProblemAsync(worker.Operator.GetAsync("/admin/v1/reconciliation/air/runs/nope"), 404, "No such run");
        await ProblemAsync(worker.Operator.PostAsJsonAsync("/admin/v1/reconciliation/air/quarantine/accept", new { @interface = "1", legacyKey = "K", why = "w" }), 400, "Record missing");
        await ProblemAsync(worker.Operator.PostAsJsonAsync("/admin/v1/reconciliation/air/quarantine/accept", new { @interface = "Accs", legacyKey = "K" }), 400, "Reason missing");
        await ProblemAsync(worker.Operator.PostAsJsonAsync("/admin/v1/reconciliation/air/quarantine/accept", new { @interface = "Accs", legacyKey = "K", why = "w" }), 404, "Not quarantined");
        Assert.Empty((await worker.Auditor.GetFromJsonAsync<List<QuarantineEntry>>("/admin/v1/reconciliation/air/quarantine"))!);
        Assert.Empty((await worker.Auditor.GetFromJsonAsync<List<ReconciliationRun>>("/admin/v1/reconciliation/air/runs"))!);
    }

    /// <summary>
    /// A generated history (three days; every interface has traffic after the pause, so all of them reach it) running into
    /// the stand-ins' SQLite stores, held at noon of the second day until <see cref="PausingSink.Resume"/>; an empty core.
    /// </summary>
    private async Task<HeldHistory> HeldHistoryAsync()
    {
        var legacy = new HistoryStore(HistoryStore.Sqlite, Path.Combine(_directory, "legacy"));
        var plan = HistoryPlan.For(HistoryScale.Small, seed: 11, FirstDay, 3) with
        {
            Volumes = new ModeVolumes(Road: 24, Air: 2, Sea: 16, River: 2, Rail: 2),
            Rates = new HistoryRates(Amendment: 0.3, Cancellation: 0.15, Late: 0.2, Rejection: 0.05, Batched: 0.5),
        };
        var generator = new HistoryGenerator(plan);
        var pause = new DateTimeOffset(FirstDay.AddDays(1).ToDateTime(new TimeOnly(12, 0)), HongKongTime.Offset);
        var coreFile = Path.Combine(_directory, "core.db");
        using (var core = new CoreDatabase(CoreStoreProvider.Sqlite, $"Data Source={coreFile}"))
        {
            await core.MigrateAsync();
        }

        var sink = await StandInSink.CreateAsync(legacy, generator.Clients, HistoryInterfaces.All);
        var pausing = new PausingSink(sink, pause, HistoryInterfaces.All);
        var generation = generator.RunAsync(pausing);
        await pausing.AllPaused.WaitAsync(TimeSpan.FromMinutes(5));
        return new HeldHistory(legacy, coreFile, pause, pausing, generation, sink);
    }

    private sealed record HeldHistory(
        HistoryStore Legacy, string CoreFile, DateTimeOffset Pause, PausingSink Pausing, Task<HistoryTotals> Generation, StandInSink Sink) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Sink.DisposeAsync();
    }

    private static async Task ProblemAsync(Task<HttpResponseMessage> call, int status, string title)
    {
        using var answer = await call;
        Assert.Equal(status, (int)answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
    }

    /// <summary>
    /// Polls the unit's status until its latest whole-span run is one of <paramref name="trigger"/> and at least
    /// <paramref name="chunks"/> chunks have a run (a guard of 3 minutes, not a measurement).
    /// </summary>
    private static async Task<ReconciliationStatus> WaitForRunAsync(WorkerInstance worker, CutoverUnit unit, string trigger, int chunks = 0)
    {
        ReconciliationStatus? status = null;
        for (var i = 0; i < 900; i++)
        {
            status = await worker.Auditor.GetFromJsonAsync<ReconciliationStatus>($"/admin/v1/reconciliation/{unit.Name()}");
            if (status?.Latest?.Trigger == trigger && status.ChunksReconciled >= chunks)
            {
                return status;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"no {trigger} reconciliation of {unit.Name()}: {status}");
        return status!;
    }

    private static ReconciliationGate Gate(Uri worker)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(ReconciliationGate.HttpClientName);
        var options = new Facade.FacadeOptions();
        options.Gates.Reconciliation.WorkerUrl = worker.ToString();
        options.Gates.Reconciliation.Token = WorkerInstance.AuditorToken;
        return new ReconciliationGate(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), Options.Create(options), TimeProvider.System);
    }

    private static Dictionary<string, string?> EngineSettings(HistoryStore legacy, string coreFile) => new()
    {
        ["Migration:Core:Provider"] = "Sqlite",
        ["Migration:Core:ConnectionString"] = $"Data Source={coreFile};Default Timeout=60",
        ["Migration:Legacy:Provider"] = "Sqlite",
        ["Migration:Legacy:Gets"] = legacy.ConnectionStringFor("gets"),
        ["Migration:Legacy:Eman"] = legacy.ConnectionStringFor("eman"),
        ["Migration:Legacy:Rocars"] = legacy.ConnectionStringFor("rocars"),
        ["Migration:Legacy:Accs"] = legacy.ConnectionStringFor("accs"),
    };

    /// <summary>Functions of the versions the core holds that legacy received after the pause for documents lodged before it.</summary>
    private static async Task<List<string>> LateChangesAsync(string coreFile, DateTimeOffset pause)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={coreFile}");
        return [.. (await connection.QueryAsync<string>("""
            SELECT DISTINCT v.function FROM core_document_version v
              JOIN core_document_version o ON o.document_id = v.document_id AND o.version_no = 1
             WHERE v.received_at >= @pause AND o.received_at < @pause
            """, new { pause = StoredTime.Write(CoreStoreProvider.Sqlite, pause) })).Order(StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
