using Microsoft.Extensions.Configuration;
using Quartz;

namespace Strangler.Migration.Worker.Scheduling;

/// <summary>
/// Quartz with the ADO job store: clustered on PostgreSQL (several workers share the chunks, a dead node's chunks are
/// recovered by another), one worker on SQLite. Quartz creates its own tables when they are missing (4.7's
/// <c>ProvisionSchema</c>, from the dialect scripts embedded in the package).
/// </summary>
internal static class SchedulerSetup
{
    public static IHostApplicationBuilder AddBackfillScheduler(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerOptions.InstanceName;
                scheduler.IdleWaitTime = options.IdleWaitTime;
                // One trigger per acquisition per free thread, so the nodes of a cluster share the plan instead of the
                // first node to look taking a whole batch.
                scheduler.MaxBatchSize = 1;
                // A shutdown that does not wait asks running chunks to stop; with RecoverFiringsCancelledByShutdown the
                // chunk is handed back (idempotent engine: re-running it is safe).
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenNotWaitingForJobs;
                if (options.Provider == SchedulerProvider.Postgres)
                {
                    scheduler.GenerateInstanceId = true;
                }
            });
            quartz.UseDefaultThreadPool(options.Concurrency);
            quartz.AddJobType<BackfillChunkJob>();
            quartz.AddJobType<Reconciliation.ReconcileChunkJob>();
            quartz.AddJobType<Reconciliation.ReconcileUnitJob>();
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                store.ConfigureStore(ado =>
                {
                    ado.StoreJobDataAsStrings = true;
                    ado.RecoverFiringsCancelledByShutdown = true;
                });
                if (options.Provider == SchedulerProvider.Postgres)
                {
                    store.UsePostgres(options.ConnectionString);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = options.ClusterCheckinInterval;
                        cluster.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
                    });
                }
                else
                {
                    store.UseSqlite(options.ConnectionString);
                }
            });
        });
        builder.Services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return builder;
    }
}
