using System.Globalization;
using Spectre.Console;
using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Cli.History;

/// <summary>The totals of a generation: per interface and mode, then requests, time and documents per second per interface.</summary>
internal static class HistoryReport
{
    public static void Write(IAnsiConsole console, HistoryTotals totals, IReadOnlyList<HistoryInterface> stored)
    {
        var table = new Table().AddColumns(
            "interface", "mode", "documents", "accepted", "rejected", "unexpected", "amended", "cancelled", "late");
        foreach (var (historyInterface, interfaceTotals) in totals.Interfaces)
        {
            var name = historyInterface.Name() + (stored.Contains(historyInterface) ? "" : " (not stored)");
            foreach (var (unit, mode) in interfaceTotals.Modes)
            {
                table.AddRow(name, unit.Name(), N(mode.Documents), N(mode.Accepted), N(mode.Rejected), N(mode.Unexpected),
                    N(mode.Amendments), N(mode.Cancellations), N(mode.Late));
            }
        }

        console.Write(table);
        var rates = new Table().AddColumns("interface", "requests", "documents", "skipped", "seconds", "documents/s");
        foreach (var historyInterface in stored)
        {
            var t = totals.Interfaces[historyInterface];
            rates.AddRow(historyInterface.Name(), N(t.Requests), N(t.Documents), N(t.Skipped),
                t.SinkTime.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture), t.DocumentsPerSecond.ToString("F0", CultureInfo.InvariantCulture));
        }

        console.Write(rates);
        foreach (var example in totals.UnexpectedExamples)
        {
            console.MarkupLineInterpolated($"[yellow]unexpected:[/] {example}");
        }

        console.MarkupLineInterpolated(
            $"Total: {totals.Documents:N0} documents in {totals.Elapsed.TotalSeconds:F1} s, {totals.DocumentsPerSecond:F0} documents/s overall; received {totals.FirstReceivedAt:yyyy-MM-dd HH:mm} to {totals.LastReceivedAt:yyyy-MM-dd HH:mm}; unexpected answers: {totals.Unexpected:N0}.");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
