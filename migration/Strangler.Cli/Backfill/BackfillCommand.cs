using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Strangler.Cli.Backfill;

/// <summary>
/// <c>strangler backfill status|start|pause|resume|cancel|rerun|chunks</c>: the migration worker's backfill per cut-over
/// unit (<c>/admin/v1/backfill</c>); <c>reconcile|reconciliation|quarantine|accept</c>: its reconciliation
/// (<see cref="ReconciliationCommands"/>). Exit codes: 0 done, 1 refused or worker unreachable, 2 usage.
/// </summary>
internal static class BackfillCommand
{
    private static readonly string[] Units = ["road", "air", "sea", "river", "rail"];
    private static readonly string[] ChunkStates = ["scheduled", "running", "done", "failed", "cancelled"];

    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment, TimeProvider clock)
    {
        var call = new BackfillCall(output, error, environment, clock);
        var backfill = new Command("backfill", "Copy a unit's legacy history into the new core: start, watch, pause, resume, cancel, re-run; reconcile it (needs an admin token; changing needs the operator role).")
        {
            Status(call), Start(call), Chunks(call),
        };
        foreach (var (name, description) in new[]
        {
            ("pause", "Pause a unit's backfill: running chunks finish, no new chunk starts."),
            ("resume", "Resume a paused unit's backfill."),
            ("cancel", "Cancel a unit's backfill: chunks not yet run become cancelled, running chunks are interrupted."),
            ("rerun", "Run every chunk of a completed or cancelled unit's plan again (failed chunks are retried this way; done chunks change nothing)."),
        })
        {
            backfill.Subcommands.Add(UnitCommand(call, name, description));
        }

        foreach (var command in ReconciliationCommands.Create(call))
        {
            backfill.Subcommands.Add(command);
        }

        return backfill;
    }

    private static Command Status(BackfillCall call)
    {
        var unit = new Argument<string?>("unit") { Description = "One cut-over unit (default: all five).", Arity = ArgumentArity.ZeroOrOne };
        unit.AcceptOnlyFromAmong(Units);
        var watch = new Option<bool>("--watch") { Description = "A progress bar per unit until every unit watched is completed or cancelled (Ctrl-C stops watching, not the backfill)." };
        var status = call.With(new Command("status", "Each unit's backfill: state, chunks done/planned/failed, records, rate, time remaining.") { unit, watch });
        status.SetAction(result => call.Run(result, async session =>
        {
            var name = result.GetValue(unit);
            if (result.GetValue(watch))
            {
                return await BackfillWatch.RunAsync(session, name);
            }

            return name is null
                ? session.Show<List<UnitProgressView>>(await session.Client.GetAsync("admin/v1/backfill/", CancellationToken.None), BackfillReport.Units)
                : session.Show<UnitProgressView>(await session.Client.GetAsync($"admin/v1/backfill/{name}", CancellationToken.None), BackfillReport.Unit);
        }));
        return status;
    }

    private static Command Start(BackfillCall call)
    {
        var unit = UnitArgument();
        var first = new Option<DateOnly>("--first-day") { Description = "First Hong Kong day to copy (yyyy-MM-dd).", Required = true };
        var last = new Option<DateOnly>("--last-day") { Description = "Last Hong Kong day to copy (yyyy-MM-dd, included, before today).", Required = true };
        var start = call.With(new Command("start", "Plan and start a unit's backfill: every legacy interface × every day of the range.") { unit, first, last });
        start.SetAction(result => call.Run(result, async session =>
        {
            var body = new
            {
                firstDay = result.GetValue(first).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                lastDay = result.GetValue(last).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            var name = result.GetValue(unit)!;
            var answer = await session.Client.PostAsync($"admin/v1/backfill/{name}/start", body, CancellationToken.None);
            return session.Show<CommandStateView>(answer, (console, state) =>
                console.WriteLine($"Backfill of {name} {state.State}: {body.firstDay} to {body.lastDay}. Follow it with `strangler backfill status {name} --watch`."));
        }));
        return start;
    }

    private static Command Chunks(BackfillCall call)
    {
        var unit = UnitArgument();
        var state = new Option<string?>("--state") { Description = "Only chunks in this state: " + string.Join(", ", ChunkStates) + "." };
        state.AcceptOnlyFromAmong(ChunkStates);
        var chunks = call.With(new Command("chunks", "A unit's chunks: outcome counts, attempts, failures, the worker that ran each, the last error.") { unit, state });
        chunks.SetAction(result => call.Run(result, async session =>
        {
            var path = $"admin/v1/backfill/{result.GetValue(unit)}/chunks" + (result.GetValue(state) is { } s ? $"?state={s}" : "");
            return session.Show<List<ChunkProgressView>>(await session.Client.GetAsync(path, CancellationToken.None), BackfillReport.Chunks);
        }));
        return chunks;
    }

    private static Command UnitCommand(BackfillCall call, string name, string description)
    {
        var unit = UnitArgument();
        var command = call.With(new Command(name, description) { unit });
        command.SetAction(result => call.Run(result, async session =>
        {
            var target = result.GetValue(unit)!;
            var answer = await session.Client.PostAsync<object?>($"admin/v1/backfill/{target}/{name}", null, CancellationToken.None);
            return session.Show<CommandStateView>(answer, (console, state) => console.WriteLine($"Backfill of {target}: {name} done, now {state.State}."));
        }));
        return command;
    }

    private static Argument<string> UnitArgument()
    {
        var unit = new Argument<string>("unit") { Description = "The cut-over unit: road, air, sea, river or rail." };
        unit.AcceptOnlyFromAmong(Units);
        return unit;
    }
}
