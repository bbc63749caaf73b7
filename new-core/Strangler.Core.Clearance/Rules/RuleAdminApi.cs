using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Strangler.Core.Risk.Rules;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Core.Clearance.Rules;

/// <summary>
/// Admin endpoints for the rule set: read the current set and its change history; change it with
/// <c>{ "reason": "...", "ruleSet": { ... RULESET-SCHEMA ... } }</c>, refused whole with every problem.
/// </summary>
internal static class RuleAdminApi
{
    public static void MapRuleAdmin(this RouteGroupBuilder group)
    {
        group.MapGet("/rules", (StoredRuleStore store) => Results.Text(RiskRuleSetJson.Write(store.Current), "application/json"))
            .RequireAuthorization(AdminRoles.ReadPolicy);
        group.MapGet("/rules/changes", (StoredRuleStore store) => TypedResults.Ok(store.Changes))
            .RequireAuthorization(AdminRoles.ReadPolicy);
        group.MapPut("/rules", ChangeAsync).RequireAuthorization(AdminRoles.ChangePolicy);
        group.MapPost("/rules", ChangeAsync).RequireAuthorization(AdminRoles.ChangePolicy);
    }

    private static async Task<Results<Ok<RuleSetChange>, ValidationProblem>> ChangeAsync(
        HttpContext context, StoredRuleStore store, CancellationToken cancellationToken)
    {
        string? reason;
        string ruleSetJson;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            if (body.RootElement.ValueKind != JsonValueKind.Object
                || !body.RootElement.TryGetProperty("ruleSet", out var ruleSet) || ruleSet.ValueKind != JsonValueKind.Object)
            {
                return Refused([new RuleSetProblem("$.ruleSet", "the body must be an object with a ruleSet object and a reason")]);
            }

            reason = body.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            ruleSetJson = ruleSet.GetRawText();
        }
        catch (JsonException e)
        {
            return Refused([new RuleSetProblem("$", "the body is not JSON: " + e.Message.Split('\n')[0])]);
        }

        var loaded = RiskRuleSetJson.Load(ruleSetJson);
        if (!loaded.IsValid)
        {
            var problems = loaded.Problems.Select(p => p with { Where = "$.ruleSet" + p.Where.TrimStart('$') }).ToList();
            if (string.IsNullOrWhiteSpace(reason))
            {
                problems.Add(new RuleSetProblem("reason", "why the change was made must be recorded"));
            }

            return Refused(problems);
        }

        var refused = await store.ReplaceAsync(loaded.RuleSet, context.User.Identity?.Name ?? "", reason ?? "", cancellationToken);
        if (refused.Count > 0)
        {
            return Refused([.. refused.Select(p => p.Where.StartsWith('$') ? p with { Where = "$.ruleSet" + p.Where.TrimStart('$') } : p)]);
        }

        return TypedResults.Ok(store.Changes[^1]);
    }

    private static ValidationProblem Refused(IReadOnlyList<RuleSetProblem> problems) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Where).ToDictionary(g => g.Key, g => g.Select(p => p.Text).ToArray()),
            title: "The rule set change was refused; nothing was changed.");
}
