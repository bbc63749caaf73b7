using System.Diagnostics;
using System.Globalization;

namespace Strangler.Core.Ingest.Benchmarks;

/// <summary>
/// CPU seconds used so far by this process and by the PostgreSQL backends serving the benchmark's databases (found by
/// the database name in their process title, on a local server). On a shared machine wall time depends on everyone
/// else's load; CPU time much less, so the two together say what a quiet machine would do.
/// </summary>
internal static class CpuTime
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static (double Client, double Server) Now(params string[] databases) =>
        (Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, Backends(databases));

    private static double Backends(string[] databases)
    {
        var seconds = 0.0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var title = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (!title.StartsWith("postgres:", StringComparison.Ordinal) || !databases.Any(d => title.Contains(d, StringComparison.Ordinal)))
                {
                    continue;
                }

                // Fields after the command name: utime and stime are the 14th and 15th of /proc/<pid>/stat.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                seconds += (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (IOException)
            {
                // The process ended while it was being read.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }

        return seconds;
    }
}
