using System.Globalization;
using Spectre.Console;
using Strangler.Cli.Stages;
using Strangler.Contracts.Time;

namespace Strangler.Cli.Backfill;

/// <summary>Writes the worker's answers for humans: tables of plain text (values are never read as markup), times in Hong Kong time.</summary>
internal static class BackfillReport
{
    public static void Units(IAnsiConsole console, IReadOnlyList<UnitProgressView> units)
    {
        var table = Table("unit", "state", "days", "chunks done/planned", "failed", "running", "records", "errors", "rate", "remaining", "updated (HKT)");
        foreach (var u in units)
        {
            Row(table, u.Unit, u.State, Days(u), $"{Number(u.ChunksDone)}/{Number(u.ChunksPlanned)}", Number(u.ChunksFailed), Number(u.ChunksRunning),
                Number(u.RecordsDone), Number(u.Errors), Rate(u.RecordsPerSecond), Remaining(u.RemainingSeconds), u.Updated is { } at ? Time(at) : "");
        }

        console.Write(table);
    }

    public static void Unit(IAnsiConsole console, UnitProgressView unit) => Units(console, [unit]);

    public static void Chunks(IAnsiConsole console, IReadOnlyList<ChunkProgressView> chunks)
    {
        if (chunks.Count == 0)
        {
            console.WriteLine("No chunks in this state.");
            return;
        }

        var table = Table("chunk", "state", "documents", "inserted", "skipped", "conflicts", "quarantined", "ms", "attempts", "failures", "worker");
        foreach (var c in chunks)
        {
            Row(table, c.ChunkId, c.State, Number(c.Documents), Number(c.Inserted), Number(c.Skipped), Number(c.Conflicts), Number(c.Quarantined),
                Number(c.ElapsedMs), Number(c.Attempts), Number(c.Failures), c.Worker ?? "");
        }

        console.Write(table);
        console.WriteLine($"{chunks.Count} chunks.");

        // Errors are long: one line each under the table, so the table keeps its columns and a script can grep them.
        foreach (var c in chunks.Where(c => c.LastError is not null))
        {
            console.WriteLine($"{c.ChunkId} last error: {c.LastError}");
        }
    }

    /// <summary>One line per unit for a progress bar's description.</summary>
    public static string Line(UnitProgressView u) =>
        $"{u.Unit,-5} {u.State,-9} {Number(u.ChunksDone)}/{Number(u.ChunksPlanned)} chunks, {Number(u.ChunksFailed)} failed, {Number(u.RecordsDone)} records, " +
        $"{Rate(u.RecordsPerSecond)}, {Remaining(u.RemainingSeconds)} left";

    /// <summary>h:mm:ss, or "unknown" while the worker has no estimate (nothing finished in the last minute).</summary>
    public static string Remaining(double? seconds)
    {
        if (seconds is not { } s)
        {
            return "unknown";
        }

        var t = TimeSpan.FromSeconds(Math.Ceiling(s));
        return string.Create(CultureInfo.InvariantCulture, $"{(long)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}");
    }

    public static string Rate(double perSecond) => perSecond.ToString("0.0", CultureInfo.InvariantCulture) + "/s";

    private static string Days(UnitProgressView u) =>
        u.FirstDay is { } first && u.LastDay is { } last ? $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}" : "";

    private static Table Table(params string[] columns) => PlainTable.Create(columns);

    private static void Row(Table table, params string[] cells) => PlainTable.Row(table, cells);

    private static string Time(DateTimeOffset instant) =>
        HongKongTime.ToHongKong(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
