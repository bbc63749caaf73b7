using System.Globalization;
using Strangler.Contracts.Time;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Local;

/// <summary>
/// The generated legacy history of the local run: a small seeded history ending a few days before today,
/// written once into the SQLite stores through the stand-ins' own write path. A marker file records the
/// plan so that later runs configure the same client keys without generating again.
/// </summary>
internal static class LocalHistory
{
    private const string MarkerFile = "history.txt";

    /// <summary>The plan (days, client keys) of the stores in <paramref name="dataFolder"/>, generating them first when they are new.</summary>
    public static async Task<HistoryPlan> EnsureAsync(string dataFolder, int seed, TimeProvider clock, TextWriter output, CancellationToken cancellationToken)
    {
        var marker = Path.Combine(dataFolder, MarkerFile);
        if (File.Exists(marker) && TryReadMarker(marker, out var existing))
        {
            output.WriteLine($"Legacy history: already generated (seed {existing.Seed}, first day {existing.FirstDay:yyyy-MM-dd}); `--reset` starts again.");
            return existing;
        }

        foreach (var store in Directory.GetFiles(dataFolder, "*.db*"))
        {
            File.Delete(store);
        }

        // Documents are received up to 40 days after the last event day: end the history well before today.
        var firstDay = HongKongTime.Date(clock.GetUtcNow()).AddDays(-45);
        var plan = HistoryPlan.For(HistoryScale.Small, seed, firstDay);
        var generator = new HistoryGenerator(plan);
        output.WriteLine($"Legacy history: generating a small history (seed {seed}, {plan.Days} days from {firstDay:yyyy-MM-dd}) into {dataFolder} …");
        HistoryTotals totals;
        await using (var sink = await StandInSink.CreateAsync(new HistoryStore(HistoryStore.Sqlite, dataFolder), generator.Clients, HistoryInterfaces.All, cancellationToken))
        {
            totals = await generator.RunAsync(sink, cancellationToken: cancellationToken);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Legacy history: {totals.Documents} documents, {totals.Interfaces.Values.Sum(i => i.Accepted)} accepted, {totals.Interfaces.Values.Sum(i => i.Rejected)} rejected as intended, {totals.Unexpected} unexpected."));
        await File.WriteAllTextAsync(marker, string.Create(CultureInfo.InvariantCulture, $"{seed} {firstDay:yyyy-MM-dd}\n"), cancellationToken);
        return plan;
    }

    private static bool TryReadMarker(string path, out HistoryPlan plan)
    {
        plan = null!;
        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ||
            !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var firstDay))
        {
            return false;
        }

        plan = HistoryPlan.For(HistoryScale.Small, seed, firstDay);
        return true;
    }
}
