using System.Globalization;
using Spectre.Console;
using Strangler.Cli.Stages;
using Strangler.Contracts.Time;

namespace Strangler.Cli.Backfill;

/// <summary>Reconciliation answers for humans: plain-text tables (never markup), times in Hong Kong time, reasons on lines of their own.</summary>
internal static class ReconciliationReport
{
    public static void Statuses(IAnsiConsole console, IReadOnlyList<ReconciliationStatusView> units)
    {
        var table = Table("unit", "reconciled", "backfill", "latest run", "outcome", "finished (HKT)", "legacy", "core", "unexplained", "chunks reconciled", "chunks differing");
        foreach (var u in units)
        {
            var latest = u.Latest;
            Row(table, u.Unit, u.Reconciled ? "yes" : "NO", u.BackfillState, latest?.Trigger ?? "", latest?.Outcome ?? "",
                latest is null ? "" : Time(latest.FinishedAt), Number(latest?.LegacyRecords), Number(latest?.CoreRecords), Number(latest?.Unexplained),
                Number(u.ChunksReconciled), Number(u.ChunksWithDifferences));
        }

        console.Write(table);
        foreach (var u in units)
        {
            console.WriteLine($"{u.Unit}: {u.Reason}");
        }
    }

    public static void Runs(IAnsiConsole console, IReadOnlyList<ReconciliationRunView> runs)
    {
        if (runs.Count == 0)
        {
            console.WriteLine("No reconciliation runs yet.");
            return;
        }

        // The breakdown (missing, extra, differing, duplicated, quarantined) and the run ids are in --json.
        var table = Table("scope", "trigger", "days", "finished (HKT)", "outcome", "legacy", "core", "unexplained", "caught up", "rounds");
        foreach (var r in runs)
        {
            Row(table, r.ChunkId ?? r.Scope, r.Trigger, $"{r.FirstDay:yyyy-MM-dd}..{r.LastDay:yyyy-MM-dd}", Time(r.FinishedAt), r.Outcome,
                Number(r.LegacyRecords), Number(r.CoreRecords), Number(r.Unexplained), Number(r.CatchUpInserted), Number(r.Rounds));
        }

        console.Write(table);
    }

    public static void Quarantine(IAnsiConsole console, IReadOnlyList<QuarantineEntryView> entries)
    {
        if (entries.Count == 0)
        {
            console.WriteLine("Nothing quarantined.");
            return;
        }

        var table = Table("interface", "legacy key", "day", "accepted by", "accepted (HKT)");
        foreach (var e in entries)
        {
            Row(table, e.Interface, e.LegacyKey, e.Day is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                e.Acceptance?.AcceptedBy ?? "not accepted", e.Acceptance is { } a ? Time(a.AcceptedAt) : "");
        }

        console.Write(table);
        console.WriteLine($"{entries.Count} quarantined, {entries.Count(e => e.Acceptance is not null)} accepted.");
        foreach (var e in entries)
        {
            console.WriteLine($"{e.Interface} {e.LegacyKey}: {e.Reason}" + (e.Acceptance is { } a ? $" | accepted: {a.Why}" : ""));
        }
    }

    private static Table Table(params string[] columns) => PlainTable.Create(columns);

    private static void Row(Table table, params string[] cells) => PlainTable.Row(table, cells);

    private static string Time(DateTimeOffset instant) =>
        HongKongTime.ToHongKong(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
