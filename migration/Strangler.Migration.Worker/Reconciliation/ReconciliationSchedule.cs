using Quartz;
using Strangler.Contracts.CodeLists;
using Strangler.Migration.Backfill;
using Strangler.Migration.Reconciliation;

namespace Strangler.Migration.Worker.Reconciliation;

/// <summary>
/// The reconciliation triggers. A chunk's reconciliation is a trigger of the unit's chunk-reconciliation job in the
/// unit's trigger group (so pausing or cancelling the backfill holds or drops it with the chunks); the unit's
/// reconciliation (catch-up, then store parity of the whole span) fires when the backfill completes, nightly (Hong Kong
/// time) once the unit has a plan, and on demand. Each job is <c>[DisallowConcurrentExecution]</c>: one run per unit at a
/// time across the cluster. A worker without the backfill engine (tests with their own chunk runner) schedules none.
/// </summary>
internal sealed class ReconciliationSchedule(ISchedulerFactory schedulers, IServiceProvider services, TimeProvider clock)
{
    private readonly ReconciliationOptions? _options = services.GetService<Reconciler>() is null ? null : services.GetRequiredService<ReconciliationOptions>();

    public const string UnitKey = "unit";
    public const string TriggerKindKey = "trigger";

    public static JobKey ChunkJobFor(CutoverUnit unit) => new("reconcile-chunks", unit.Name());

    public static JobKey UnitJobFor(CutoverUnit unit) => new("reconcile", unit.Name());

    /// <summary>Store parity of the chunk just done (when <see cref="ReconciliationOptions.AfterEachChunk"/>).</summary>
    public async Task AfterChunkAsync(BackfillChunk chunk, CancellationToken ct)
    {
        if (_options is not { AfterEachChunk: true })
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<ReconcileChunkJob>().WithIdentity(ChunkJobFor(chunk.Unit))
            .WithDescription($"Store parity of each {chunk.Unit.Name()} backfill chunk when it is done.")
            .StoreDurably().Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity("reconcile-" + chunk.Id, chunk.Unit.Name())
            .ForJob(job)
            .UsingJobData(Scheduling.ChunkJobData.Of(chunk))
            .StartAt(clock.GetUtcNow())
            .Build();
        await scheduler.ScheduleJob(job, new List<ITrigger> { trigger }, new ScheduleJobOptions { Replace = true }, ct);
    }

    /// <summary>The unit's reconciliation now (<paramref name="why"/>: backfill-completed or manual).</summary>
    public async Task UnitNowAsync(CutoverUnit unit, string why, CancellationToken ct)
    {
        if (_options is null)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(ct);
        var job = UnitJob(unit);
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(why, Group(unit))
            .ForJob(job)
            .UsingJobData(TriggerKindKey, why)
            .StartAt(clock.GetUtcNow())
            .Build();
        // Replacing a waiting trigger of the same kind: two requests before a run make one run.
        await scheduler.ScheduleJob(job, new List<ITrigger> { trigger }, new ScheduleJobOptions { Replace = true }, ct);
    }

    /// <summary>The nightly trigger of the unit (created with its first plan; kept, unchanged, afterwards).</summary>
    public async Task EnsureNightlyAsync(CutoverUnit unit, CancellationToken ct)
    {
        if (_options is null)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(ct);
        var key = new TriggerKey(ReconciliationTrigger.Nightly, Group(unit));
        if (await scheduler.GetTrigger(key, ct) is not null)
        {
            return;
        }

        var job = UnitJob(unit);
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(key)
            .ForJob(job)
            .UsingJobData(TriggerKindKey, ReconciliationTrigger.Nightly)
            .WithCronSchedule(_options.NightlyCron, cron => cron.InTimeZone(HongKongZone.Instance).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        try
        {
            await scheduler.ScheduleJob(job, new List<ITrigger> { trigger }, new ScheduleJobOptions { Replace = true }, ct);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node created it between the look and the write: one nightly trigger either way.
        }
    }

    private static string Group(CutoverUnit unit) => "reconcile-" + unit.Name();

    private static IJobDetail UnitJob(CutoverUnit unit) =>
        JobBuilder.Create<ReconcileUnitJob>().WithIdentity(UnitJobFor(unit))
            .WithDescription($"Catch-up and store parity of the {unit.Name()} backfill span.")
            .UsingJobData(UnitKey, unit.Name())
            .StoreDurably().RequestRecovery().Build();
}
