using System.Globalization;
using Spectre.Console;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Cli.History;

/// <summary>One generation with a progress bar per interface, then the totals per interface and mode and the rates.</summary>
internal static class HistoryRun
{
    public static async Task<int> RunAsync(
        IAnsiConsole console, HistoryPlan plan, HistoryStore store, IReadOnlyList<HistoryInterface> interfaces, CancellationToken cancellationToken)
    {
        var generator = new HistoryGenerator(plan);
        console.MarkupLineInterpolated(
            $"History: seed {plan.Seed}, {plan.Days} day(s) from {plan.FirstDay:yyyy-MM-dd}, per day {plan.Volumes}; into {store} ({string.Join(", ", interfaces.Select(i => i.Name()))}).");
        var planned = generator.Estimate();
        HistoryTotals totals;
        await using (var sink = await StandInSink.CreateAsync(store, generator.Clients, interfaces, cancellationToken))
        {
            HistoryTotals? result = null;
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var tasks = interfaces.ToDictionary(i => i, i => progress.AddTask(i.Name(), maxValue: Math.Max(1, planned[i])));
                    var reporter = new ProgressReporter(snapshot =>
                    {
                        foreach (var (historyInterface, task) in tasks)
                        {
                            var done = snapshot.Done[historyInterface];
                            task.Value = Math.Min(done, task.MaxValue);
                            var rate = snapshot.Elapsed.TotalSeconds > 0 ? done / snapshot.Elapsed.TotalSeconds : 0;
                            task.Description = string.Create(
                                CultureInfo.InvariantCulture, $"{historyInterface.Name(),-6} {done,9:N0}/{planned[historyInterface]:N0} {rate,7:N0}/s");
                        }
                    });
                    result = await generator.RunAsync(sink, reporter, planned: planned, cancellationToken: cancellationToken);
                    foreach (var task in tasks.Values)
                    {
                        task.Value = task.MaxValue;
                    }
                });
            totals = result!;
        }

        HistoryReport.Write(console, totals, interfaces);
        return totals.Unexpected == 0 ? StranglerCommand.Ok : StranglerCommand.Invalid;
    }

    // Reports synchronously on the generator's thread (Progress<T> would post to the thread pool).
    private sealed class ProgressReporter(Action<HistoryProgress> report) : IProgress<HistoryProgress>
    {
        public void Report(HistoryProgress value) => report(value);
    }
}
