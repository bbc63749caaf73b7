using System.ComponentModel.DataAnnotations;

namespace Strangler.Migration.Worker.Scheduling;

/// <summary>The <c>Migration:Scheduler</c> section: where the scheduler keeps its state and how a node takes part.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Migration:Scheduler";

    /// <summary>Every node of one cluster shares this name (Quartz's SCHED_NAME); node ids are generated (AUTO).</summary>
    public const string InstanceName = "strangler-migration";

    public SchedulerProvider Provider { get; set; } = SchedulerProvider.Sqlite;

    /// <summary>Npgsql connection string (Postgres) or Microsoft.Data.Sqlite connection string (Sqlite).</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=strangler-migration.db";

    /// <summary>Chunks one node runs at once.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>How often a clustered node records that it is alive (Postgres only).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long past a missed check-in the others wait before recovering a node's chunks.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an idle node waits before asking the store for due chunks again (Quartz: at least one second).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(5);
}
