using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Strangler.Contracts.CodeLists;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Gates;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Observability;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Facade.Admin;

/// <summary>
/// The control plane's HTTP API (<c>/admin/v1</c>): operators change stages, operators and auditors read stages,
/// gates, the change log (and verify it), comparisons and the facade's status. Bad input is a ProblemDetails and
/// changes nothing.
/// </summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this WebApplication app)
    {
        var admin = app.MapGroup("/admin/v1").RequireAuthorization(AdminRoles.ReadPolicy);

        admin.MapGet("/stages", (SnapshotWatcher watcher) => Results.Ok(StagesView(watcher.Current)));

        admin.MapPut("/stages/{unit}", async (string unit, [FromBody] StageChangeBody? body, ClaimsPrincipal user, StageChanges changes, CancellationToken ct) =>
        {
            if (!TransportModes.TryParseUnit(unit, out var cutoverUnit))
            {
                return Problem(400, "Unknown cut-over unit", "The unit is one of road, air, sea, river, rail.");
            }

            if (body is null || !Stages.TryParse(body.Stage, out var stage))
            {
                return Problem(400, "Stage missing or unknown", "Give stage: legacy, shadow, canary, live or complete.");
            }

            if (stage == Stage.Canary ? body.CanaryPercent is not (>= 1 and <= 99) : body.CanaryPercent is not (null or 0))
            {
                return Problem(400, "Canary percentage", "canaryPercent is 1 to 99 with stage canary, and absent otherwise.");
            }

            if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Trim().Length < 5)
            {
                return Problem(400, "Reason missing", "Every stage change needs a reason (at least 5 characters); it goes into the change log.");
            }

            var result = await changes.ChangeAsync(cutoverUnit, new StageSetting(stage, body.CanaryPercent ?? 0), user.Identity?.Name ?? "?",
                user.FindFirstValue(ClaimTypes.Role) ?? "?", body.Reason.Trim(), body.Override, body.ExpectedRevision, ct);
            return result.Status switch
            {
                StageChangeStatus.Applied => Results.Ok(new { revision = result.Snapshot!.Revision, change = result.Entry, gates = result.Gates }),
                StageChangeStatus.GatesFailed => Problem(409, "Gate not passed", result.Problem!, new() { ["gates"] = result.Gates }),
                StageChangeStatus.Conflict => Problem(409, "Revision changed", result.Problem!, new() { ["currentRevision"] = result.CurrentRevision }),
                _ => Problem(422, "Stage change refused", result.Problem!),
            };
        }).RequireAuthorization(AdminRoles.ChangePolicy);

        admin.MapGet("/gates/{unit}", async (string unit, string? to, int? canaryPercent, SnapshotWatcher watcher, GateEvaluator gates, CancellationToken ct) =>
        {
            if (!TransportModes.TryParseUnit(unit, out var cutoverUnit) || !Stages.TryParse(to, out var stage))
            {
                return Problem(400, "Unit or stage unknown", "GET /admin/v1/gates/{road|air|sea|river|rail}?to={stage}[&canaryPercent=n]");
            }

            return Results.Ok(await gates.EvaluateAsync(cutoverUnit, watcher.Current[cutoverUnit], new StageSetting(stage, canaryPercent ?? 0), ct));
        });

        admin.MapGet("/changes", async (long? after, int? max, StageStore store, CancellationToken ct) =>
            max is < 1 or > 1000 || after is < 0
                ? Problem(400, "Paging", "after ≥ 0, max 1 to 1000.")
                : Results.Ok(await store.ChangesAsync(after ?? 0, max ?? 100, ct)));

        admin.MapGet("/changes/verify", async (StageStore store, CancellationToken ct) =>
        {
            var entries = new List<ChangeLogEntry>();
            for (var page = await store.ChangesAsync(0, 1000, ct); page.Count > 0; page = await store.ChangesAsync(page[^1].Seq, 1000, ct))
            {
                entries.AddRange(page);
            }

            var verification = ChangeLogVerifier.Verify(entries);
            return Results.Ok(verification with { HeadHash = verification.Valid && entries.Count > 0 ? entries[^1].Hash : null });
        });

        admin.MapGet("/comparisons", async (string? unit, string? outcome, long? after, int? max, ComparisonStore store, CancellationToken ct) =>
            max is < 1 or > 1000 || after is < 0
                ? Problem(400, "Paging", "after ≥ 0, max 1 to 1000.")
                : Results.Ok(await store.ListAsync(unit, outcome, after ?? 0, max ?? 100, ct)));

        admin.MapGet("/comparisons/{id:long}", async (long id, ComparisonStore store, CancellationToken ct) =>
            await store.BodiesAsync(id, ct) is { } bodies
                ? Results.Ok(new
                {
                    id,
                    request = Encoding.UTF8.GetString(bodies.Request),
                    primary = Encoding.UTF8.GetString(bodies.Primary),
                    secondary = bodies.Secondary is null ? null : Encoding.UTF8.GetString(bodies.Secondary),
                })
                : Problem(404, "No such comparison", "No comparison record has this id."));

        admin.MapGet("/status", async (SnapshotWatcher watcher, ComparisonStore comparisons, OutboxStore outbox, MirrorQueue queue, FacadeMetrics metrics,
            TimeProvider clock, CancellationToken ct) =>
        {
            var snapshot = watcher.Current;
            var since = clock.GetUtcNow().AddHours(-24);
            var units = new List<object>();
            foreach (var (unit, setting) in snapshot.All)
            {
                var stats = await comparisons.StatsAsync(unit.Name(), since, ct);
                units.Add(new { unit = unit.Name(), stage = setting.Stage.Name(), setting.CanaryPercent, last24h = stats, stats.ParityRate, stats.CoreErrorRate, stats.LegacyErrorRate });
            }

            var (pending, mostAttempts, oldest) = await outbox.CountsAsync(ct);
            return Results.Ok(new
            {
                revision = snapshot.Revision,
                units,
                mirror = new
                {
                    queueDepth = queue.Depth,
                    overflow = metrics.OverflowTotal,
                    outboxPending = pending,
                    outboxMostAttempts = mostAttempts,
                    outboxOldestPending = oldest == 0 ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(oldest),
                },
                modeUnreadable = metrics.UnreadableTotal,
                clientFacadeHeadersDropped = metrics.StrippedHeadersTotal,
            });
        });
    }

    public static object StagesView(RoutingSnapshot snapshot) => new
    {
        revision = snapshot.Revision,
        takenAt = snapshot.TakenAt,
        units = snapshot.All.Select(s => new { unit = s.Unit.Name(), stage = s.Setting.Stage.Name(), canaryPercent = s.Setting.CanaryPercent }),
    };

    private static IResult Problem(int status, string title, string detail, Dictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
