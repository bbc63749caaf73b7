using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Strangler.Cli.Stages;

/// <summary>
/// <c>strangler stage list|set|gates|log|verify|status</c>: the migration team's view of the facade's control plane
/// (<c>/admin/v1</c>). Exit codes: 0 done, 1 refused, failed gate, broken chain or facade unreachable, 2 usage.
/// </summary>
internal static class StageCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var call = new AdminCall(output, error, environment);
        return new Command("stage", "Read and change the facade's cut-over stages (needs an admin token; changing needs the operator role).")
        {
            List(call), Set(call), Gates(call), Log(call), Verify(call), Status(call),
        };
    }

    private static Command List(AdminCall call)
    {
        var list = call.With(new Command("list", "The cut-over units, their stages and the routing revision."));
        list.SetAction(result => call.Run(result, async session =>
            session.Show<StagesView>(await session.Client.GetAsync("admin/v1/stages", CancellationToken.None), StageReport.Stages)));
        return list;
    }

    private static Command Set(AdminCall call)
    {
        var unit = UnitArgument();
        var stage = new Argument<string>("stage") { Description = "legacy, shadow, canary, live or complete." };
        var percent = PercentOption();
        var reason = new Option<string>("--reason") { Description = "Why (goes into the change log; at least 5 characters).", Required = true };
        var isOverride = new Option<bool>("--override") { Description = "Move even though a gate does not pass (logged as an override)." };
        var expect = new Option<long?>("--expect-revision") { Description = "Apply only if the routing revision is still this one." };
        var set = call.With(new Command("set", "Move a unit to a stage; prints the change and the gate evidence.") { unit, stage, percent, reason, isOverride, expect });
        set.SetAction(result => call.Run(result, async session =>
        {
            var body = new
            {
                stage = result.GetValue(stage),
                canaryPercent = result.GetValue(percent),
                reason = result.GetValue(reason),
                @override = result.GetValue(isOverride),
                expectedRevision = result.GetValue(expect),
            };
            var answer = await session.Client.PutAsync($"admin/v1/stages/{Uri.EscapeDataString(result.GetValue(unit)!)}", body, CancellationToken.None);
            return session.Show<AppliedChangeView>(answer, StageReport.Applied);
        }));
        return set;
    }

    private static Command Gates(AdminCall call)
    {
        var unit = UnitArgument();
        var to = new Option<string>("--to") { Description = "The stage to judge a move to.", Required = true };
        var percent = PercentOption();
        var gates = call.With(new Command("gates", "Judge the gates of a move now, without moving (exit 1 when a gate does not pass).") { unit, to, percent });
        gates.SetAction(result => call.Run(result, async session =>
        {
            var query = $"admin/v1/gates/{Uri.EscapeDataString(result.GetValue(unit)!)}?to={Uri.EscapeDataString(result.GetValue(to)!)}" +
                (result.GetValue(percent) is { } p ? string.Create(CultureInfo.InvariantCulture, $"&canaryPercent={p}") : "");
            return session.Show<GateReportView>(await session.Client.GetAsync(query, CancellationToken.None), StageReport.Gates,
                report => report.Passed ? StranglerCommand.Ok : StranglerCommand.Invalid);
        }));
        return gates;
    }

    private static Command Log(AdminCall call)
    {
        var after = new Option<long?>("--after") { Description = "Only entries after this sequence number (default 0)." };
        var max = new Option<int?>("--max") { Description = "At most this many entries, 1 to 1000 (default 100)." };
        var log = call.With(new Command("log", "The stage change log: who, when, from, to, why, override.") { after, max });
        log.SetAction(result => call.Run(result, async session =>
        {
            var query = new List<string>();
            if (result.GetValue(after) is { } a)
            {
                query.Add(string.Create(CultureInfo.InvariantCulture, $"after={a}"));
            }

            if (result.GetValue(max) is { } m)
            {
                query.Add(string.Create(CultureInfo.InvariantCulture, $"max={m}"));
            }

            var path = "admin/v1/changes" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
            return session.Show<List<ChangeView>>(await session.Client.GetAsync(path, CancellationToken.None), StageReport.Changes);
        }));
        return log;
    }

    private static Command Verify(AdminCall call)
    {
        var verify = call.With(new Command("verify", "Check the change log's hash chain (exit 1 when it is broken, printing where)."));
        verify.SetAction(result => call.Run(result, async session =>
            session.Show<VerificationView>(await session.Client.GetAsync("admin/v1/changes/verify", CancellationToken.None), (console, v) =>
            {
                console.WriteLine(v.Valid
                    ? $"Change log intact: {v.Entries} entries" + (v.HeadHash is null ? "." : $", head hash {v.HeadHash}.")
                    : $"Change log BROKEN at entry {v.BrokenAt}: {v.Reason} ({v.Entries} entries read).");
            }, v => v.Valid ? StranglerCommand.Ok : StranglerCommand.Invalid)));
        return verify;
    }

    private static Command Status(AdminCall call)
    {
        var status = call.With(new Command("status", "Each unit's stage with the last 24 hours' comparisons, and the mirror's queue and outbox."));
        status.SetAction(result => call.Run(result, async session =>
            session.Show<StatusView>(await session.Client.GetAsync("admin/v1/status", CancellationToken.None), StageReport.Status)));
        return status;
    }

    private static Argument<string> UnitArgument() => new("unit") { Description = "The cut-over unit: road, air, sea, river or rail." };

    private static Option<int?> PercentOption() => new("--percent") { Description = "Canary percentage, 1 to 99 (with stage canary only)." };
}
