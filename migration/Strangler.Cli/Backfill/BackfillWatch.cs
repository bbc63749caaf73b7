using System.Text.Json;
using Spectre.Console;
using Strangler.Cli.Stages;

namespace Strangler.Cli.Backfill;

/// <summary>
/// <c>strangler backfill status [unit] --watch</c>: polls the worker every second and shows a progress bar (chunks
/// finished of chunks planned) per unit until every watched unit is at rest, or Ctrl-C. Without a unit it watches the
/// units that have a backfill (not idle). With <c>--json</c> it prints each poll's JSON on one line instead.
/// </summary>
internal static class BackfillWatch
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(BackfillSession session, string? unit)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // stop watching; the backfill goes on in the worker
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var (answer, units) = await FetchAsync(session, unit);
            if (units is null)
            {
                return answer.IsSuccess ? session.Show<List<UnitProgressView>>(answer, (_, _) => { }) : session.Problem(answer);
            }

            var watched = unit is null ? units.Where(u => u.State != "idle").Select(u => u.Unit).ToList() : [unit];
            if (watched.Count == 0)
            {
                session.Output.WriteLine("No backfill has been started: nothing to watch.");
                return StranglerCommand.Ok;
            }

            var last = units;
            if (session.Json)
            {
                while (true)
                {
                    session.Output.WriteLine(JsonSerializer.Serialize(Only(last, watched), AdminAnswer.Json));
                    if (Only(last, watched).All(u => u.IsAtRest) || !await WaitAsync(session, stop.Token))
                    {
                        return StranglerCommand.Ok;
                    }

                    (answer, var next) = await FetchAsync(session, unit);
                    if (next is null)
                    {
                        return session.Problem(answer);
                    }

                    last = next;
                }
            }

            var failed = (AdminAnswer?)null;
            await session.Console.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn())
                .StartAsync(async context =>
                {
                    var bars = watched.ToDictionary(name => name, name => context.AddTask(name, autoStart: true, maxValue: 1));
                    while (true)
                    {
                        foreach (var u in Only(last, watched))
                        {
                            var bar = bars[u.Unit];
                            bar.Description = Markup.Escape(BackfillReport.Line(u));
                            bar.MaxValue = Math.Max(1, u.ChunksPlanned);
                            bar.Value = u.ChunksDone + u.ChunksFailed;
                        }

                        if (Only(last, watched).All(u => u.IsAtRest) || !await WaitAsync(session, stop.Token))
                        {
                            return;
                        }

                        var (problem, next) = await FetchAsync(session, unit);
                        if (next is null)
                        {
                            failed = problem;
                            return;
                        }

                        last = next;
                    }
                });

            if (failed is not null)
            {
                return session.Problem(failed);
            }

            BackfillReport.Units(session.Console, Only(last, watched));
            if (stop.IsCancellationRequested)
            {
                session.Output.WriteLine("Stopped watching; the backfill goes on in the worker.");
            }

            return StranglerCommand.Ok;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static List<UnitProgressView> Only(IReadOnlyList<UnitProgressView> units, IReadOnlyList<string> watched) =>
        [.. units.Where(u => watched.Contains(u.Unit))];

    /// <summary>The watched progress: every unit, or the one asked for (as a list). Null units when the answer is not progress.</summary>
    private static async Task<(AdminAnswer Answer, List<UnitProgressView>? Units)> FetchAsync(BackfillSession session, string? unit)
    {
        if (unit is null)
        {
            var all = await session.Client.GetAsync("admin/v1/backfill/", CancellationToken.None);
            return (all, all.IsSuccess ? all.As<List<UnitProgressView>>() : null);
        }

        var one = await session.Client.GetAsync($"admin/v1/backfill/{unit}", CancellationToken.None);
        return (one, one.IsSuccess && one.As<UnitProgressView>() is { } view ? [view] : null);
    }

    /// <summary>Waits one poll; false when Ctrl-C came first.</summary>
    private static async Task<bool> WaitAsync(BackfillSession session, CancellationToken stop)
    {
        try
        {
            await Task.Delay(Poll, session.Clock, stop);
            return true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
    }
}
