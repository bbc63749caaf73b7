using Microsoft.AspNetCore.Mvc;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Scheduling;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Migration.Worker.Admin;

/// <summary>
/// <c>/admin/v1/backfill</c>: operators start, pause, resume, cancel and re-run a unit's backfill; operators and
/// auditors read progress and chunks. Bad input or a command the unit's state does not allow is a ProblemDetails and
/// changes nothing.
/// </summary>
internal static class BackfillEndpoints
{
    /// <summary>Longest range one start accepts (about ten years of days).</summary>
    public const int MaxDays = 3660;

    public static void MapBackfillEndpoints(this WebApplication app)
    {
        var backfill = app.MapGroup("/admin/v1/backfill").RequireAuthorization(AdminRoles.ReadPolicy);

        backfill.MapGet("/", async (ProgressStore progress, CancellationToken ct) =>
        {
            var units = new List<UnitProgress>();
            foreach (var unit in Enum.GetValues<CutoverUnit>())
            {
                units.Add(await progress.ProgressAsync(unit, ct));
            }

            return Results.Ok(units);
        });

        backfill.MapGet("/{unit}", async (string unit, ProgressStore progress, CancellationToken ct) =>
            TransportModes.TryParseUnit(unit, out var cutoverUnit) ? Results.Ok(await progress.ProgressAsync(cutoverUnit, ct)) : UnknownUnit());

        backfill.MapGet("/{unit}/chunks", async (string unit, string? state, ProgressStore progress, CancellationToken ct) =>
        {
            if (!TransportModes.TryParseUnit(unit, out var cutoverUnit))
            {
                return UnknownUnit();
            }

            return state is not null && !ChunkState.All.Contains(state)
                ? Problem(400, "Unknown chunk state", $"state is one of {string.Join(", ", ChunkState.All)}.")
                : Results.Ok(await progress.ChunkProgressAsync(cutoverUnit, state, ct));
        });

        var change = backfill.MapGroup("/{unit}").RequireAuthorization(AdminRoles.ChangePolicy);

        change.MapPost("/start", async (string unit, [FromBody] StartBody? body, BackfillControl control, TimeProvider clock, CancellationToken ct) =>
        {
            if (!TransportModes.TryParseUnit(unit, out var cutoverUnit))
            {
                return UnknownUnit();
            }

            if (body?.FirstDay is not { } first || body.LastDay is not { } last)
            {
                return Problem(400, "Days missing", "Give firstDay and lastDay (yyyy-MM-dd, Hong Kong days, both included).");
            }

            var today = HongKongTime.Date(clock.GetUtcNow());
            if (first > last || last >= today || last.DayNumber - first.DayNumber + 1 > MaxDays)
            {
                return Problem(400, "Days out of range",
                    $"firstDay ≤ lastDay, lastDay before today ({today:yyyy-MM-dd}, Hong Kong), at most {MaxDays} days.");
            }

            return Answer(await control.StartAsync(cutoverUnit, first, last, ct));
        });

        MapCommand(change, "/pause", (control, unit, ct) => control.PauseAsync(unit, ct));
        MapCommand(change, "/resume", (control, unit, ct) => control.ResumeAsync(unit, ct));
        MapCommand(change, "/cancel", (control, unit, ct) => control.CancelAsync(unit, ct));
        MapCommand(change, "/rerun", (control, unit, ct) => control.RerunAsync(unit, ct));
    }

    private static void MapCommand(RouteGroupBuilder group, string path, Func<BackfillControl, CutoverUnit, CancellationToken, Task<ControlResult>> command) =>
        group.MapPost(path, async (string unit, BackfillControl control, CancellationToken ct) =>
            TransportModes.TryParseUnit(unit, out var cutoverUnit) ? Answer(await command(control, cutoverUnit, ct)) : UnknownUnit());

    private static IResult Answer(ControlResult result) =>
        result.Applied
            ? Results.Ok(new { state = result.State })
            : Problem(409, "Not allowed in this state", result.Refusal!, new() { ["state"] = result.State });

    private static IResult UnknownUnit() => Problem(400, "Unknown cut-over unit", "The unit is one of road, air, sea, river, rail.");

    private static IResult Problem(int status, string title, string detail, Dictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
