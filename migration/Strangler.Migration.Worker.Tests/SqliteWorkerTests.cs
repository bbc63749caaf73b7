using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Scheduling;
using Strangler.Migration.Worker.Tests.Support;

namespace Strangler.Migration.Worker.Tests;

/// <summary>The embedded default: one worker, Quartz and the progress tables in one SQLite file of the test's own.</summary>
[Collection(ProcessMetrics.Collection)]
public sealed class SqliteWorkerTests : IDisposable
{
    private static readonly object ThreeDays = new { firstDay = "2026-01-01", lastDay = "2026-01-03" };
    private readonly string _directory = Directory.CreateTempSubdirectory("strangler-worker-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "scheduler.db")};Default Timeout=60";

    [Fact]
    public async Task A_plan_runs_every_chunk_exactly_once_and_the_unit_completes()
    {
        var log = new RunLog();
        await using var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, ConnectionString, new RecordingRunner("w1", log));

        await worker.PostAsync("/admin/v1/backfill/rail/start", ThreeDays);
        var progress = await worker.WaitForAsync("rail", p => p.State == UnitState.Completed);

        var counts = log.CountsByChunk();
        Assert.Equal(12, counts.Count);
        Assert.All(counts.Values, n => Assert.Equal(1, n));
        Assert.Contains("rail-rocars-20260102", counts.Keys);
        Assert.Equal((12, 12, 0, 0), (progress.ChunksPlanned, progress.ChunksDone, progress.ChunksFailed, progress.ChunksRunning));
        Assert.Equal(12 * RecordingRunner.DocumentsPerChunk, progress.RecordsDone);
        Assert.Equal(new DateOnly(2026, 1, 1), progress.FirstDay);
        Assert.Equal(0, progress.RemainingSeconds);

        // Prometheus exposition: the unit's records counter carries the 84 documents (one scrape: the exporter caches
        // answers briefly; the meter is process-wide, so other test classes' workers may have added theirs).
        Assert.InRange(await RailRecordsAsync(worker), 84, long.MaxValue);
    }

    private static async Task<long> RailRecordsAsync(WorkerInstance worker)
    {
        var metrics = await worker.Auditor.GetStringAsync("/metrics");
        var line = metrics.Split('\n').SingleOrDefault(l => l.StartsWith("strangler_backfill_records_total{", StringComparison.Ordinal) && l.Contains("unit=\"rail\"", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_worker_without_the_backfill_engine_refuses_to_start()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => WorkerHost.Build([], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Migration:Scheduler:ConnectionString"] = ConnectionString })));

        Assert.Contains("No IChunkRunner is registered", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_stops_new_chunks_and_resume_continues_to_completion()
    {
        var log = new RunLog();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, ConnectionString,
            new RecordingRunner("w1", log) { Gate = gate }, concurrency: 1);

        await worker.PostAsync("/admin/v1/backfill/air/start", ThreeDays);
        await worker.WaitForAsync("air", p => p.ChunksRunning == 1);
        await worker.PostAsync("/admin/v1/backfill/air/pause");
        gate.SetResult();
        var paused = await worker.WaitForAsync("air", p => p.ChunksDone == 1 && p.ChunksRunning == 0);
        // Absence can only be seen by looking again later: several idle-wait periods of the scheduler.
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Equal(UnitState.Paused, paused.State);
        Assert.Single(log.Runs);
        Assert.Equal(1, (await worker.ProgressAsync("air")).ChunksDone);

        await worker.PostAsync("/admin/v1/backfill/air/resume");
        var completed = await worker.WaitForAsync("air", p => p.State == UnitState.Completed);

        Assert.Equal(12, completed.ChunksDone);
        Assert.All(log.CountsByChunk().Values, n => Assert.Equal(1, n));
        Assert.Equal(12, log.CountsByChunk().Count);
    }

    [Fact]
    public async Task Cancel_interrupts_the_running_chunk_and_runs_no_other()
    {
        var log = new RunLog();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, ConnectionString,
            new RecordingRunner("w1", log) { Gate = gate }, concurrency: 1);

        await worker.PostAsync("/admin/v1/backfill/sea/start", ThreeDays);
        await worker.WaitForAsync("sea", p => p.ChunksRunning == 1);
        await worker.PostAsync("/admin/v1/backfill/sea/cancel");
        var cancelled = await worker.WaitForAsync("sea", p => p.ChunksRunning == 0);
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Equal(UnitState.Cancelled, cancelled.State);
        Assert.Single(log.Runs);
        Assert.Equal(12, (await worker.ChunksAsync("sea", ChunkState.Cancelled)).Count);
        Assert.Equal(0, (await worker.ProgressAsync("sea")).ChunksDone);
    }

    [Fact]
    public async Task A_failing_chunk_is_recorded_failed_with_its_error_and_succeeds_on_rerun()
    {
        var log = new RunLog();
        var runner = new RecordingRunner("w1", log) { FailFirstRun = new HashSet<string> { "rail-gets-20260102" } };
        await using var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, ConnectionString, runner);

        await worker.PostAsync("/admin/v1/backfill/rail/start", ThreeDays);
        var first = await worker.WaitForAsync("rail", p => p.State == UnitState.Completed);
        var failed = Assert.Single(await worker.ChunksAsync("rail", ChunkState.Failed));

        Assert.Equal((11, 1, 1L), (first.ChunksDone, first.ChunksFailed, first.Errors));
        Assert.Equal("rail-gets-20260102", failed.ChunkId);
        Assert.Equal("InvalidOperationException: legacy row unreadable in rail-gets-20260102", failed.LastError);
        Assert.Equal(1, failed.Attempts);

        await worker.PostAsync("/admin/v1/backfill/rail/rerun");
        var second = await worker.WaitForAsync("rail", p => p.State == UnitState.Completed && p.ChunksDone == 12);
        var chunk = Assert.Single(await worker.ChunksAsync("rail"), c => c.ChunkId == "rail-gets-20260102");

        Assert.Equal((12, 0, 1L), (second.ChunksDone, second.ChunksFailed, second.Errors));
        Assert.Equal((ChunkState.Done, 2, 1), (chunk.State, chunk.Attempts, chunk.Failures));
        Assert.Empty(await worker.ChunksAsync("rail", ChunkState.Failed));
        Assert.All(log.CountsByChunk().Values, n => Assert.Equal(2, n));
    }

    [Fact]
    public async Task Admin_calls_need_a_token_and_changes_need_the_operator_role()
    {
        await using var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, ConnectionString, new RecordingRunner("w1", new RunLog()));

        using var anonymous = await worker.Anonymous.GetAsync("/admin/v1/backfill");
        using var auditorRead = await worker.Auditor.GetAsync("/admin/v1/backfill");
        using var auditorStart = await worker.Auditor.PostAsJsonAsync("/admin/v1/backfill/road/start", ThreeDays);
        using var anonymousStart = await worker.Anonymous.PostAsJsonAsync("/admin/v1/backfill/road/start", ThreeDays);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, auditorRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, auditorStart.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousStart.StatusCode);
        var all = (await auditorRead.Content.ReadFromJsonAsync<List<UnitProgress>>())!;
        Assert.Equal(["road", "air", "sea", "river", "rail"], all.Select(u => u.Unit));
        Assert.All(all, u => Assert.Equal(UnitState.Idle, u.State));
    }

    [Theory]
    [InlineData("/admin/v1/backfill/ship/start", """{"firstDay":"2026-01-01","lastDay":"2026-01-02"}""")]
    [InlineData("/admin/v1/backfill/road/start", """{"firstDay":"2026-01-05","lastDay":"2026-01-02"}""")]
    [InlineData("/admin/v1/backfill/road/start", """{"firstDay":"2026-01-01"}""")]
    [InlineData("/admin/v1/backfill/road/start", """{"firstDay":"2026-01-01","lastDay":"2999-01-01"}""")]
    [InlineData("/admin/v1/backfill/road/start", """{"firstDay":"2000-01-01","lastDay":"2026-01-01"}""")]
    [InlineData("/admin/v1/backfill/road/start", """{"firstDay":"yesterday","lastDay":"2026-01-01"}""")]
    public async Task Bad_start_input_is_a_problem_and_changes_nothing(string path, string body)
    {
        await using var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, ConnectionString, new RecordingRunner("w1", new RunLog()));

        using var answer = await worker.Operator.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(UnitState.Idle, (await worker.ProgressAsync("road")).State);
    }

    [Fact]
    public async Task Commands_the_state_does_not_allow_are_conflicts_and_unknown_chunk_states_are_bad_requests()
    {
        await using var worker = await WorkerInstance.StartAsync(SchedulerProvider.Sqlite, ConnectionString, new RecordingRunner("w1", new RunLog()));

        using var pause = await worker.Operator.PostAsync("/admin/v1/backfill/river/pause", null);
        using var rerun = await worker.Operator.PostAsync("/admin/v1/backfill/river/rerun", null);
        using var chunks = await worker.Operator.GetAsync("/admin/v1/backfill/river/chunks?state=lost");

        Assert.Equal(HttpStatusCode.Conflict, pause.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rerun.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, chunks.StatusCode);
        Assert.Equal(UnitState.Idle, (await worker.ProgressAsync("river")).State);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
