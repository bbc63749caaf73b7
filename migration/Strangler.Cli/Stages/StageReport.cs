using System.Globalization;
using Spectre.Console;
using Strangler.Contracts.Time;

namespace Strangler.Cli.Stages;

/// <summary>Writes the admin API's answers for humans: tables of plain text (values are never read as markup), times in Hong Kong time.</summary>
internal static class StageReport
{
    public static void Stages(IAnsiConsole console, StagesView stages)
    {
        console.WriteLine($"Routing revision {stages.Revision}, taken {Time(stages.TakenAt)}");
        var table = Table("unit", "stage", "canary %");
        foreach (var unit in stages.Units)
        {
            Row(table, unit.Unit, unit.Stage, unit.Stage == "canary" ? Number(unit.CanaryPercent) : "");
        }

        console.Write(table);
    }

    public static void Applied(IAnsiConsole console, AppliedChangeView applied)
    {
        var change = applied.Change;
        console.WriteLine($"Applied: {change.Unit} {change.From} -> {change.To}, routing revision {applied.Revision}.");
        console.WriteLine($"Change {change.Seq} by {change.Actor} ({change.Role}) at {Time(change.At)}: {change.Reason}");
        if (change.Override)
        {
            console.WriteLine("OVERRIDE: a gate did not pass; the change was applied anyway and is logged as an override.");
        }

        if (applied.Gates is { } gates)
        {
            Gates(console, gates);
        }

        console.WriteLine($"Change-log hash {change.Hash}");
    }

    public static void Gates(IAnsiConsole console, GateReportView report)
    {
        if (report.Checks.Count == 0)
        {
            console.WriteLine($"Gates {report.Unit} {report.From} -> {report.To}: none for this move (to shadow, or back).");
            return;
        }

        console.WriteLine($"Gates {report.Unit} {report.From} -> {report.To}, evidence from {Time(report.WindowStart)} to {Time(report.WindowEnd)}: " +
            (report.Passed ? "PASSED" : "NOT PASSED"));
        var table = Table("gate", "required", "actual", "result");
        foreach (var check in report.Checks)
        {
            Row(table, check.Name, check.Required, check.Actual, !check.Evaluated ? "not evaluated" : check.Passed ? "pass" : "FAIL");
        }

        console.Write(table);
    }

    public static void Changes(IAnsiConsole console, IReadOnlyList<ChangeView> changes)
    {
        if (changes.Count == 0)
        {
            console.WriteLine("No stage changes in this range.");
            return;
        }

        var table = Table("seq", "at (HKT)", "unit", "from", "to", "by", "override", "revision", "reason");
        foreach (var c in changes)
        {
            Row(table, Number(c.Seq), Time(c.At), c.Unit, c.From, c.To, $"{c.Actor} ({c.Role})", c.Override ? "OVERRIDE" : "", Number(c.Revision), c.Reason);
        }

        console.Write(table);
    }

    public static void Status(IAnsiConsole console, StatusView status)
    {
        console.WriteLine($"Routing revision {status.Revision}; comparisons of the last 24 hours:");
        var table = Table("unit", "stage", "compared", "equal", "different", "second failed", "parity", "core errors", "legacy errors");
        foreach (var u in status.Units)
        {
            var stage = u.Stage == "canary" ? $"canary {Number(u.CanaryPercent)}%" : u.Stage;
            Row(table, u.Unit, stage, Number(u.Last24h.Total), Number(u.Last24h.Equal), Number(u.Last24h.Different),
                Number(u.Last24h.SecondaryFailed), Percent(u.ParityRate), Percent(u.CoreErrorRate), Percent(u.LegacyErrorRate));
        }

        console.Write(table);
        var m = status.Mirror;
        console.WriteLine($"Mirror queue depth {m.QueueDepth}, overflowed {m.Overflow}; outbox pending {m.OutboxPending}" +
            (m.OutboxOldestPending is { } oldest ? $" (oldest {Time(oldest)}, most attempts {m.OutboxMostAttempts})" : "") + ".");
        console.WriteLine($"Requests whose mode was unreadable {status.ModeUnreadable}; client facade headers dropped {status.ClientFacadeHeadersDropped}.");
    }

    private static Table Table(params string[] columns) => PlainTable.Create(columns);

    private static void Row(Table table, params string[] cells) => PlainTable.Row(table, cells);

    private static string Time(DateTimeOffset instant) =>
        HongKongTime.ToHongKong(instant).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.00%", CultureInfo.InvariantCulture);
}
