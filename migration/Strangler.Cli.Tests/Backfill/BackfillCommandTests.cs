using System.Text.Json;
using Strangler.Cli.Tests.Stages;

namespace Strangler.Cli.Tests.Backfill;

/// <summary>
/// <c>strangler backfill</c> against a real migration worker (Quartz on SQLite, the tests' chunk runner). Each test has a
/// worker of its own. Three days of one unit plan 12 chunks (four legacy interfaces × three days).
/// </summary>
public sealed class BackfillCommandTests
{
    private const string Operator = WorkerUnderTest.OperatorToken;
    private const string Auditor = WorkerUnderTest.AuditorToken;
    private static readonly string[] StartRoad = ["backfill", "start", "road", "--first-day", "2026-01-01", "--last-day", "2026-01-03"];

    [Fact]
    public async Task An_operator_starts_a_unit_and_status_shows_it_running_then_completed_with_its_records()
    {
        var runner = new TestRunner();
        await using var worker = await WorkerUnderTest.StartAsync(runner);

        var start = worker.Run(Operator, StartRoad);

        Assert.Equal(0, start.ExitCode);
        Assert.Contains("Backfill of road running: 2026-01-01 to 2026-01-03.", start.Output);
        var progress = await worker.WaitForAsync("road", p => p.GetProperty("state").GetString() == "completed");
        Assert.Equal(12, progress.GetProperty("chunksPlanned").GetInt32());
        Assert.Equal(12, progress.GetProperty("chunksDone").GetInt32());
        Assert.Equal(12 * TestRunner.DocumentsPerChunk, progress.GetProperty("recordsDone").GetInt64());

        var status = worker.Run(Auditor, "backfill", "status");
        Assert.Equal(0, status.ExitCode);
        Assert.Matches(@"(?m)^\s*road\s+completed\s+2026-01-01\.\.2026-01-03\s+12/12\s+0\s+0\s+84\s+0\s", status.Output);
        Assert.Matches(@"(?m)^\s*air\s+idle\s+0/0\s+0\s+0\s+0\s+0\s", status.Output);
        Assert.Equal(12, runner.Runs.Count);
        Assert.All(runner.Runs.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task Status_watch_shows_a_bar_per_unit_until_the_unit_completes()
    {
        // The first chunk is held for a while after the watch starts, so the watch sees the unit running (a unit already
        // completed when the watch starts shows its table only).
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var worker = await WorkerUnderTest.StartAsync(new TestRunner { Gate = gate });
        Assert.Equal(0, worker.Run(Operator, StartRoad).ExitCode);
        var release = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            gate.TrySetResult();
        });

        var watch = worker.Run(Auditor, "backfill", "status", "--watch");
        await release;

        Assert.Equal(0, watch.ExitCode);
        Assert.Matches(@"(?m)^road  (running|completed) +\d+/12 chunks, 0 failed, \d+ records, .* left: \d+%", watch.Output); // the bar (plain text when not a terminal)
        Assert.Matches(@"(?m)^\s*road\s+completed\s+2026-01-01\.\.2026-01-03\s+12/12\s", watch.Output);
        Assert.DoesNotContain("air", watch.Output); // idle units are not watched
    }

    [Fact]
    public async Task Pause_holds_the_unit_and_resume_runs_it_to_completion()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new TestRunner { Gate = gate };
        await using var worker = await WorkerUnderTest.StartAsync(runner, concurrency: 1);
        Assert.Equal(0, worker.Run(Operator, "backfill", "start", "air", "--first-day", "2026-01-01", "--last-day", "2026-01-03").ExitCode);
        await worker.WaitForAsync("air", p => p.GetProperty("chunksRunning").GetInt32() == 1);

        var pause = worker.Run(Operator, "backfill", "pause", "air");
        gate.SetResult();

        Assert.Equal(0, pause.ExitCode);
        Assert.Contains("Backfill of air: pause done, now paused.", pause.Output);
        var paused = await worker.WaitForAsync("air", p => p.GetProperty("chunksDone").GetInt32() == 1 && p.GetProperty("chunksRunning").GetInt32() == 0);
        Assert.Equal("paused", paused.GetProperty("state").GetString());
        var again = worker.Run(Operator, "backfill", "pause", "air");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("409 ", again.Error);
        Assert.Contains("The unit is paused.", again.Error);

        var resume = worker.Run(Operator, "backfill", "resume", "air");

        Assert.Equal(0, resume.ExitCode);
        Assert.Contains("Backfill of air: resume done, now running.", resume.Output);
        var completed = await worker.WaitForAsync("air", p => p.GetProperty("state").GetString() == "completed");
        Assert.Equal(12, completed.GetProperty("chunksDone").GetInt32());
        Assert.All(runner.Runs.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task An_auditor_may_not_start_a_backfill_403_exit_1_and_nothing_starts()
    {
        var runner = new TestRunner();
        await using var worker = await WorkerUnderTest.StartAsync(runner);

        var start = worker.Run(Auditor, StartRoad);

        Assert.Equal(1, start.ExitCode);
        Assert.Contains("403 Forbidden", start.Error);
        Assert.Equal("idle", worker.Progress("road").GetProperty("state").GetString());
        Assert.Empty(runner.Runs);
    }

    [Fact]
    public async Task A_failed_chunk_is_listed_with_its_error_and_rerun_retries_it()
    {
        var runner = new TestRunner { FailFirstRun = new HashSet<string> { "sea-eman-20260102" } };
        await using var worker = await WorkerUnderTest.StartAsync(runner);
        Assert.Equal(0, worker.Run(Operator, "backfill", "start", "sea", "--first-day", "2026-01-01", "--last-day", "2026-01-03").ExitCode);
        await worker.WaitForAsync("sea", p => p.GetProperty("state").GetString() == "completed");

        var failed = worker.Run(Auditor, "backfill", "chunks", "sea", "--state", "failed");

        Assert.Equal(0, failed.ExitCode);
        Assert.Matches(@"(?m)^\s*sea-eman-20260102\s+failed\s+0\s+0\s+0\s+0\s+0\s+\d+\s+1\s+1\s+NON_CLUSTERED\s*$", failed.Output);
        Assert.Contains("sea-eman-20260102 last error: InvalidOperationException: legacy row unreadable in sea-eman-20260102", failed.Output);
        Assert.Contains("1 chunks.", failed.Output);

        var rerun = worker.Run(Operator, "backfill", "rerun", "sea");
        Assert.Equal(0, rerun.ExitCode);
        var done = await worker.WaitForAsync("sea", p => p.GetProperty("state").GetString() == "completed" && p.GetProperty("chunksFailed").GetInt32() == 0);
        Assert.Equal(12, done.GetProperty("chunksDone").GetInt32());
        var json = worker.Run(Auditor, "backfill", "chunks", "sea", "--state", "failed", "--json");
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(json.Output).RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("start", "boat", "--first-day", "2026-01-01", "--last-day", "2026-01-03")]
    [InlineData("pause", "boat")]
    [InlineData("status", "boat")]
    [InlineData("chunks", "road", "--state", "lost")]
    [InlineData("start", "road", "--first-day", "2026-13-01", "--last-day", "2026-01-03")]
    [InlineData("start", "road", "--first-day", "2026-01-01")]
    public void A_bad_unit_state_or_day_is_a_usage_error_exit_2(params string[] args)
    {
        var run = CliRun.Start(["backfill", .. args], name => name == "STRANGLER_TOKEN" ? Operator : null, TimeProvider.System);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'strangler --help' for usage.", run.Error);
    }

    [Fact]
    public void Without_a_token_the_command_is_a_usage_error_and_never_takes_one_as_an_option()
    {
        var run = CliRun.Start(["backfill", "status"], _ => null, TimeProvider.System);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No admin token: set STRANGLER_TOKEN or give --token-file <path>", run.Error);
        Assert.Equal(2, CliRun.Start(["backfill", "status", "--token", Operator], _ => null, TimeProvider.System).ExitCode);
    }

    [Fact]
    public void An_unreachable_worker_is_exit_1_naming_the_url()
    {
        var run = CliRun.Start(["backfill", "status", "--worker", "http://127.0.0.1:9"], name => name == "STRANGLER_TOKEN" ? Operator : null, TimeProvider.System);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cannot reach the migration worker at http://127.0.0.1:9/", run.Error);
    }
}
