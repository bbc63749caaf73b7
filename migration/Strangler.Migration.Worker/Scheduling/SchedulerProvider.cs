namespace Strangler.Migration.Worker.Scheduling;

/// <summary>The database the scheduler (Quartz's tables and our progress tables) lives in.</summary>
public enum SchedulerProvider
{
    /// <summary>Embedded default: one worker, one SQLite file.</summary>
    Sqlite,

    /// <summary>Production: several workers form a Quartz cluster over one PostgreSQL database.</summary>
    Postgres,
}
