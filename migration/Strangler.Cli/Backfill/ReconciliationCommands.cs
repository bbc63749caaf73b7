using System.CommandLine;
using Spectre.Console;

namespace Strangler.Cli.Backfill;

/// <summary>
/// <c>strangler backfill reconcile|reconciliation|quarantine|accept</c>: the worker's reconciliation
/// (<c>/admin/v1/reconciliation</c>). <c>reconciliation &lt;unit&gt;</c> exits 1 when the unit is not reconciled, so a
/// script can gate on it.
/// </summary>
internal static class ReconciliationCommands
{
    private static readonly string[] Units = ["road", "air", "sea", "river", "rail"];
    private static readonly string[] Interfaces = ["Gets", "Eman", "Rocars", "Accs"];

    public static IEnumerable<Command> Create(BackfillCall call) => [Reconcile(call), Status(call), Quarantine(call), Accept(call)];

    private static Command Reconcile(BackfillCall call)
    {
        var unit = UnitArgument();
        var command = call.With(new Command("reconcile", "Catch up a unit's later legacy changes and compare its whole backfill span with the core now (store parity).") { unit });
        command.SetAction(result => call.Run(result, async session =>
        {
            var name = result.GetValue(unit)!;
            var answer = await session.Client.PostAsync<object?>($"admin/v1/reconciliation/{name}/run", null, CancellationToken.None);
            return session.Show<AcknowledgementView>(answer, (console, _) =>
                console.WriteLine($"Reconciliation of {name} scheduled. Follow it with `strangler backfill reconciliation {name}`."));
        }));
        return command;
    }

    private static Command Status(BackfillCall call)
    {
        var unit = new Argument<string?>("unit") { Description = "One cut-over unit (default: all five).", Arity = ArgumentArity.ZeroOrOne };
        unit.AcceptOnlyFromAmong(Units);
        var runs = new Option<bool>("--runs") { Description = "List the unit's reconciliation runs (newest first) instead of its status." };
        var command = call.With(new Command("reconciliation", "Whether each unit's backfilled history is reconciled (no unexplained difference), and why not.") { unit, runs });
        command.Validators.Add(r =>
        {
            if (r.GetValue(runs) && r.GetValue(unit) is null)
            {
                r.AddError("--runs needs a unit.");
            }
        });
        command.SetAction(result => call.Run(result, async session =>
        {
            var name = result.GetValue(unit);
            if (result.GetValue(runs))
            {
                return session.Show<List<ReconciliationRunView>>(
                    await session.Client.GetAsync($"admin/v1/reconciliation/{name}/runs", CancellationToken.None), ReconciliationReport.Runs);
            }

            if (name is null)
            {
                return session.Show<List<ReconciliationStatusView>>(
                    await session.Client.GetAsync("admin/v1/reconciliation/", CancellationToken.None), ReconciliationReport.Statuses);
            }

            var answer = await session.Client.GetAsync($"admin/v1/reconciliation/{name}", CancellationToken.None);
            var shown = session.Show<ReconciliationStatusView>(answer, (console, status) => ReconciliationReport.Statuses(console, [status]));
            return shown == StranglerCommand.Ok && answer.As<ReconciliationStatusView>() is { Reconciled: false } ? StranglerCommand.Invalid : shown;
        }));
        return command;
    }

    private static Command Quarantine(BackfillCall call)
    {
        var unit = UnitArgument();
        var command = call.With(new Command("quarantine", "A unit's legacy records the backfill could not map: interface, legacy key, reason, acceptance.") { unit });
        command.SetAction(result => call.Run(result, async session =>
            session.Show<List<QuarantineEntryView>>(
                await session.Client.GetAsync($"admin/v1/reconciliation/{result.GetValue(unit)}/quarantine", CancellationToken.None), ReconciliationReport.Quarantine)));
        return command;
    }

    private static Command Accept(BackfillCall call)
    {
        var unit = UnitArgument();
        var sourceInterface = new Option<string>("--interface") { Description = "The record's legacy interface: Gets, Eman, Rocars or Accs.", Required = true };
        sourceInterface.AcceptOnlyFromAmong(Interfaces);
        var key = new Option<string>("--key") { Description = "The record's legacy key, as `backfill quarantine` lists it.", Required = true };
        var why = new Option<string>("--why") { Description = "Why the record is an explained difference (recorded with your name).", Required = true };
        var command = call.With(new Command("accept", "Accept a quarantined record as an explained difference, with the reason (operator role).") { unit, sourceInterface, key, why });
        command.SetAction(result => call.Run(result, async session =>
        {
            var name = result.GetValue(unit)!;
            var body = new { @interface = result.GetValue(sourceInterface), legacyKey = result.GetValue(key), why = result.GetValue(why) };
            var answer = await session.Client.PostAsync($"admin/v1/reconciliation/{name}/quarantine/accept", body, CancellationToken.None);
            return session.Show<AcknowledgementView>(answer, (console, _) =>
                console.WriteLine($"Accepted {body.@interface} {body.legacyKey} for {name}. The next reconciliation counts it as explained (`strangler backfill reconcile {name}`)."));
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
