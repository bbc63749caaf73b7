namespace Strangler.Migration.Worker.Progress;

/// <summary>Rate and time left from what finished in the last minute.</summary>
internal static class ProgressEstimate
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Records per second over the window.</summary>
    public static double Rate(long recordsInWindow) => recordsInWindow / Window.TotalSeconds;

    /// <summary>
    /// Seconds left: the chunks still to run, at the records per chunk seen so far, at the window's record rate; when
    /// the chunks so far held no records, at the window's chunk rate. Null when nothing finished in the window.
    /// </summary>
    public static double? RemainingSeconds(int chunksLeft, int chunksFinished, long recordsDone, long recordsInWindow, int chunksInWindow)
    {
        if (chunksLeft == 0)
        {
            return 0;
        }

        if (recordsInWindow > 0 && chunksFinished > 0 && recordsDone > 0)
        {
            var recordsLeft = chunksLeft * ((double)recordsDone / chunksFinished);
            return recordsLeft / Rate(recordsInWindow);
        }

        return chunksInWindow > 0 ? chunksLeft / (chunksInWindow / Window.TotalSeconds) : null;
    }
}
