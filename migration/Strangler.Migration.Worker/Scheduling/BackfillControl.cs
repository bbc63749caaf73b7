using Quartz;
using Strangler.Contracts.CodeLists;
using Strangler.Migration.Backfill;
using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Reconciliation;

namespace Strangler.Migration.Worker.Scheduling;

/// <summary>
/// Start, pause, resume, cancel and re-run of a unit's backfill: the progress tables say the state, Quartz holds one
/// trigger per chunk in the unit's group. Commands check the state first, so a refused one changes nothing.
/// </summary>
internal sealed class BackfillControl(ISchedulerFactory schedulers, ProgressStore progress, ReconciliationSchedule reconciliation, TimeProvider clock)
{
    public async Task<ControlResult> StartAsync(CutoverUnit unit, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var state = await progress.StateAsync(unit, ct);
        if (state is UnitState.Running or UnitState.Paused)
        {
            return ControlResult.Refused(state, $"The {unit.Name()} backfill is {state}: cancel it before starting another plan.");
        }

        // The engine's plan: every legacy interface × every day (empty chunks are cheap).
        var chunks = BackfillPlan.For(unit, first, last);
        await progress.PlanAsync(unit, first, last, chunks, ct);
        await ScheduleAsync(unit, chunks, ct);
        await reconciliation.EnsureNightlyAsync(unit, ct);
        return new ControlResult(true, UnitState.Running);
    }

    public async Task<ControlResult> PauseAsync(CutoverUnit unit, CancellationToken ct)
    {
        var state = await progress.StateAsync(unit, ct);
        if (state != UnitState.Running)
        {
            return ControlResult.Refused(state, $"Only a running backfill can be paused; {unit.Name()} is {state}.");
        }

        // Chunks already running finish; no new chunk of the unit starts.
        await (await SchedulerAsync(ct)).PauseTriggerGroups(GroupMatcher<TriggerKey>.GroupEquals(unit.Name()), ct);
        await progress.ChangeStateAsync(unit, UnitState.Paused, ct);
        return new ControlResult(true, UnitState.Paused);
    }

    public async Task<ControlResult> ResumeAsync(CutoverUnit unit, CancellationToken ct)
    {
        var state = await progress.StateAsync(unit, ct);
        if (state != UnitState.Paused)
        {
            return ControlResult.Refused(state, $"Only a paused backfill can be resumed; {unit.Name()} is {state}.");
        }

        await progress.ChangeStateAsync(unit, UnitState.Running, ct);
        await (await SchedulerAsync(ct)).ResumeTriggerGroups(GroupMatcher<TriggerKey>.GroupEquals(unit.Name()), ct);
        return new ControlResult(true, UnitState.Running);
    }

    public async Task<ControlResult> CancelAsync(CutoverUnit unit, CancellationToken ct)
    {
        var state = await progress.StateAsync(unit, ct);
        if (state is not (UnitState.Running or UnitState.Paused))
        {
            return ControlResult.Refused(state, $"Only a running or paused backfill can be cancelled; {unit.Name()} is {state}.");
        }

        await progress.ChangeStateAsync(unit, UnitState.Cancelled, ct);
        var scheduler = await SchedulerAsync(ct);
        var group = GroupMatcher<TriggerKey>.GroupEquals(unit.Name());
        await scheduler.UnscheduleJobs(group, ct);
        // Forget the group's pause, or the next plan's triggers would be stored paused.
        await scheduler.ResumeTriggerGroups(group, ct);
        // Running chunks are asked to stop (the engine commits a chunk whole or not at all).
        await scheduler.Interrupt(ChunkJobData.JobFor(unit), ct);
        return new ControlResult(true, UnitState.Cancelled);
    }

    public async Task<ControlResult> RerunAsync(CutoverUnit unit, CancellationToken ct)
    {
        var state = await progress.StateAsync(unit, ct);
        if (state is not (UnitState.Completed or UnitState.Cancelled))
        {
            return ControlResult.Refused(state, $"A re-run needs a completed or cancelled backfill; {unit.Name()} is {state}.");
        }

        var chunks = await progress.ChunksAsync(unit, ct);
        await progress.ReplanAsync(unit, ct);
        await ScheduleAsync(unit, chunks, ct);
        await reconciliation.EnsureNightlyAsync(unit, ct);
        return new ControlResult(true, UnitState.Running);
    }

    private async Task ScheduleAsync(CutoverUnit unit, IReadOnlyList<BackfillChunk> chunks, CancellationToken ct)
    {
        var scheduler = await SchedulerAsync(ct);
        var job = JobBuilder.Create<BackfillChunkJob>()
            .WithIdentity(ChunkJobData.JobFor(unit))
            .WithDescription($"Backfill of {unit.Name()}: one trigger per chunk.")
            .StoreDurably()
            .RequestRecovery()
            .Build();
        var now = clock.GetUtcNow();
        var triggers = chunks.Select(chunk => TriggerBuilder.Create(clock)
            .WithIdentity(ChunkJobData.TriggerFor(chunk))
            .ForJob(job)
            .UsingJobData(ChunkJobData.Of(chunk))
            .WithOverlapPolicy(OverlapPolicy.BufferOne)
            .StartAt(now)
            .Build()).ToList();
        await scheduler.ResumeTriggerGroups(GroupMatcher<TriggerKey>.GroupEquals(unit.Name()), ct);
        await scheduler.ScheduleJob(job, triggers, new ScheduleJobOptions { Replace = true }, ct);
    }

    private async Task<IScheduler> SchedulerAsync(CancellationToken ct) => await schedulers.GetScheduler(ct);
}
