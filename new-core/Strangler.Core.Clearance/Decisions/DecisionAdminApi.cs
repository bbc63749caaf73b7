using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Strangler.Core.Risk.Subjects;
using Strangler.Core.Store.Database;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Core.Clearance.Decisions;

/// <summary>GET /admin/clearance/decisions/{kind}/{reference}: every decision kept for one subject, oldest first, with reasons.</summary>
internal static class DecisionAdminApi
{
    public static void MapDecisionAdmin(this RouteGroupBuilder group) =>
        group.MapGet("/decisions/{kind}/{reference}", GetAsync).RequireAuthorization(AdminRoles.ReadPolicy);

    private static async Task<Results<JsonHttpResult<List<DecisionView>>, ValidationProblem>> GetAsync(
        string kind, string reference, CoreDatabase database, CancellationToken cancellationToken)
    {
        if (!SubjectKinds.TryParse(kind, out var subjectKind))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["must be consignment or bundle"] });
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DecisionRecord.Row>(
            DecisionRecord.SelectColumns + " WHERE subject_kind = @Kind AND reference = @Reference ORDER BY id",
            new { Kind = subjectKind.ToString(), Reference = reference });
        // Enums as camelCase names, as in the rule-set JSON.
        return TypedResults.Json(rows.Select(r => r.ToView()).ToList(), DecisionRecord.Json);
    }
}

/// <summary>Subject kinds as the admin API names them (camelCase, as in the rule-set JSON).</summary>
internal static class SubjectKinds
{
    public static bool TryParse(string? text, out SubjectKind kind)
    {
        kind = default;
        return text is "consignment" or "bundle" && Enum.TryParse(text, ignoreCase: true, out kind);
    }
}
