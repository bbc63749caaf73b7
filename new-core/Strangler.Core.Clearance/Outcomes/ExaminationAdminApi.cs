using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Strangler.Contracts.Time;
using Strangler.Core.Clearance.Decisions;
using Strangler.Core.Store.Database;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Core.Clearance.Outcomes;

/// <summary>
/// POST /admin/clearance/examinations: an operator records what checking a subject found
/// (<c>{ "subjectKind", "reference", "findings", "examinedAt"? }</c>). The latest result counts for hit rates and marks the
/// subject's parties as "examined with findings" (or clears the mark) for relationship analysis.
/// </summary>
internal static class ExaminationAdminApi
{
    public static void MapExaminationAdmin(this RouteGroupBuilder group) =>
        group.MapPost("/examinations", RecordAsync).RequireAuthorization(AdminRoles.ChangePolicy);

    private static async Task<Results<Created<ExaminationView>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        HttpContext context, CoreDatabase database, TimeProvider clock, CancellationToken cancellationToken)
    {
        ExaminationRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<ExaminationRequest>(context.Request.Body, DecisionRecord.Json, cancellationToken);
        }
        catch (JsonException e)
        {
            return Problem("$", "the body is not a valid examination result: " + e.Message.Split('\n')[0]);
        }

        if (request is null || !SubjectKinds.TryParse(request.SubjectKind, out var kind))
        {
            return Problem("subjectKind", "must be consignment or bundle");
        }

        if (string.IsNullOrWhiteSpace(request.Reference) || request.Reference.Length > 64)
        {
            return Problem("reference", "must be 1 to 64 characters");
        }

        if (request.Findings is not { } findings)
        {
            return Problem("findings", "is required: true when the examination found something");
        }

        var now = clock.GetUtcNow();
        var examinedAt = request.ExaminedAt ?? now;
        if (examinedAt > now)
        {
            return Problem("examinedAt", "must not be in the future");
        }

        var by = context.User.Identity?.Name ?? "";
        var key = new { Kind = kind.ToString(), request.Reference };
        var recorded = await database.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteScalarAsync<long?>(
                "SELECT id FROM core_clearance_decision WHERE subject_kind = @Kind AND reference = @Reference LIMIT 1", key, transaction) is null)
            {
                return false;
            }

            await connection.ExecuteAsync(
                "INSERT INTO core_clearance_examination (subject_kind, reference, findings, examined_at, examined_by, recorded_at) "
                + "VALUES (@Kind, @Reference, @Findings, @ExaminedAt, @By, @Now)",
                new
                {
                    key.Kind, key.Reference, Findings = findings, ExaminedAt = StoredTime.Write(database.Provider, examinedAt), By = by,
                    Now = StoredTime.Write(database.Provider, now),
                },
                transaction);
            await connection.ExecuteAsync(
                "UPDATE core_clearance_party SET with_findings = @Findings WHERE subject_kind = @Kind AND reference = @Reference",
                new { key.Kind, key.Reference, Findings = findings }, transaction);
            return true;
        }, cancellationToken);
        if (!recorded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No decision is kept for this subject; nothing was recorded.");
        }

        var view = new ExaminationView(kind.ToString(), request.Reference, findings, HongKongTime.ToHongKong(examinedAt), by);
        return TypedResults.Created($"/admin/clearance/decisions/{request.SubjectKind}/{Uri.EscapeDataString(request.Reference)}", view);
    }

    private static ValidationProblem Problem(string where, string text) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [where] = [text] }, title: "The examination result was refused; nothing was recorded.");

    private sealed record ExaminationRequest(string? SubjectKind, string? Reference, bool? Findings, DateTimeOffset? ExaminedAt);
}

/// <summary>An examination result as recorded.</summary>
public sealed record ExaminationView(string SubjectKind, string Reference, bool Findings, DateTimeOffset ExaminedAt, string ExaminedBy);
