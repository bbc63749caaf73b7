using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Reconciliation;
using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Reconciliation;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Migration.Worker.Admin;

/// <summary>
/// <c>/admin/v1/reconciliation</c>: each unit's reconciliation status (what the facade's gate reads), its runs with
/// their differences, its quarantined records; operators start a reconciliation and accept a quarantined record with a
/// reason (recorded with their name). Bad input is a ProblemDetails and changes nothing.
/// </summary>
internal static class ReconciliationEndpoints
{
    public const int MaxWhy = 2000;

    public static void MapReconciliationEndpoints(this WebApplication app)
    {
        var read = app.MapGroup("/admin/v1/reconciliation").RequireAuthorization(AdminRoles.ReadPolicy);

        read.MapGet("/", async (ReconciliationStatusReader reader, CancellationToken ct) =>
        {
            if (!reader.Available)
            {
                return NoEngine();
            }

            var all = new List<ReconciliationStatus>();
            foreach (var unit in Enum.GetValues<CutoverUnit>())
            {
                all.Add(await reader.StatusAsync(unit, ct));
            }

            return Results.Ok(all);
        });

        read.MapGet("/{unit}", (string unit, ReconciliationStatusReader reader, CancellationToken ct) =>
            WithUnit(unit, reader, async u => Results.Ok(await reader.StatusAsync(u, ct))));

        read.MapGet("/{unit}/runs", (string unit, string? scope, int? limit, ReconciliationStatusReader reader, IServiceProvider services, CancellationToken ct) =>
            WithUnit(unit, reader, async u =>
            {
                if (scope is not (null or ReconciliationScope.Unit or ReconciliationScope.Chunk))
                {
                    return Problem(400, "Unknown scope", "scope is unit or chunk.");
                }

                if (limit is < 1 or > 1000)
                {
                    return Problem(400, "Limit out of range", "limit is between 1 and 1000 (default 50).");
                }

                return Results.Ok(await services.GetRequiredService<ReconciliationStore>().RunsAsync(u, scope, limit ?? 50, ct));
            }));

        read.MapGet("/{unit}/runs/{runId}", (string unit, string runId, ReconciliationStatusReader reader, IServiceProvider services, CancellationToken ct) =>
            WithUnit(unit, reader, async u =>
            {
                var run = await services.GetRequiredService<ReconciliationStore>().RunAsync(runId, ct);
                return run is null || run.Unit != u.Name()
                    ? Problem(404, "No such run", $"No reconciliation run {runId} of {u.Name()}.")
                    : Results.Ok(run);
            }));

        read.MapGet("/{unit}/quarantine", (string unit, ReconciliationStatusReader reader, IServiceProvider services, CancellationToken ct) =>
            WithUnit(unit, reader, async u => Results.Ok(await services.GetRequiredService<ReconciliationStore>().QuarantineAsync(u, ct))));

        var change = app.MapGroup("/admin/v1/reconciliation/{unit}").RequireAuthorization(AdminRoles.ChangePolicy);

        change.MapPost("/run", (string unit, ReconciliationStatusReader reader, ProgressStore progress, ReconciliationSchedule schedule, CancellationToken ct) =>
            WithUnit(unit, reader, async u =>
            {
                if (await progress.PlanOfAsync(u, ct) is null)
                {
                    return Problem(409, "Nothing to reconcile", $"{u.Name()} has no backfill plan: start its backfill first.");
                }

                await schedule.UnitNowAsync(u, ReconciliationTrigger.Manual, ct);
                return Results.Accepted($"/admin/v1/reconciliation/{u.Name()}", new { unit = u.Name(), scheduled = true });
            }));

        change.MapPost("/quarantine/accept", (string unit, [FromBody] AcceptBody? body, ClaimsPrincipal user, ReconciliationStatusReader reader,
            IServiceProvider services, TimeProvider clock, CancellationToken ct) =>
            WithUnit(unit, reader, async u =>
            {
                if (body is null || body.Interface is null || !body.Interface.All(char.IsAsciiLetter)
                    || !Enum.TryParse<SourceInterface>(body.Interface, ignoreCase: true, out var sourceInterface)
                    || !Enum.IsDefined(sourceInterface) || string.IsNullOrWhiteSpace(body.LegacyKey))
                {
                    return Problem(400, "Record missing", "Give interface (Gets, Eman, Rocars or Accs) and legacyKey of a quarantined record.");
                }

                if (string.IsNullOrWhiteSpace(body.Why) || body.Why.Length > MaxWhy)
                {
                    return Problem(400, "Reason missing", $"Give why the record is an explained difference (1 to {MaxWhy} characters).");
                }

                var by = user.Identity?.Name ?? "unknown";
                var accepted = await services.GetRequiredService<ReconciliationStore>()
                    .AcceptAsync(u, sourceInterface.ToString(), body.LegacyKey, body.Why.Trim(), by, clock.GetUtcNow(), ct);
                return accepted
                    ? Results.Ok(new { unit = u.Name(), @interface = sourceInterface.ToString(), legacyKey = body.LegacyKey, acceptedBy = by })
                    : Problem(404, "Not quarantined", $"No quarantined {sourceInterface} record {body.LegacyKey} of {u.Name()}.");
            }));
    }

    private static async Task<IResult> WithUnit(string unit, ReconciliationStatusReader reader, Func<CutoverUnit, Task<IResult>> answer)
    {
        if (!TransportModes.TryParseUnit(unit, out var cutoverUnit))
        {
            return Problem(400, "Unknown cut-over unit", "The unit is one of road, air, sea, river, rail.");
        }

        return reader.Available ? await answer(cutoverUnit) : NoEngine();
    }

    private static IResult NoEngine() =>
        Problem(503, "Reconciliation unavailable", "This worker runs without the backfill engine, so it cannot reconcile.");

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title);
}
