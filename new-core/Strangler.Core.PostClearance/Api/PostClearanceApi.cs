using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Strangler.Contracts.CodeLists;
using Strangler.Core.PostClearance.FollowUp;
using Strangler.Core.PostClearance.Matching;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Core.PostClearance.Api;

/// <summary>
/// The admin API of the module under <c>/admin/post-clearance</c>: follow-up cases and unmatched declarations
/// (cursor-paged with <c>after</c> and <c>max</c>), the matches of a reference, and a run on demand.
/// </summary>
internal static class PostClearanceApi
{
    public const string Root = "/admin/post-clearance";
    private const int DefaultMax = 100;
    private const int MaxMax = 500;

    public static void MapPostClearanceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Root);
        group.MapGet("/cases", CasesAsync).RequireAuthorization(AdminRoles.ReadPolicy);
        group.MapGet("/matches", MatchesAsync).RequireAuthorization(AdminRoles.ReadPolicy);
        group.MapGet("/unmatched-declarations", UnmatchedAsync).RequireAuthorization(AdminRoles.ReadPolicy);
        group.MapPost("/runs", RunAsync).RequireAuthorization(AdminRoles.ChangePolicy);
    }

    private static async Task<Results<Ok<Page<FollowUpCase>>, ProblemHttpResult>> CasesAsync(
        HttpRequest request, FollowUpCaseQuery query, CancellationToken cancellationToken)
    {
        var status = request.Query["status"].ToString();
        if (status is not ("" or "open" or "closed"))
        {
            return Bad("status must be open or closed.");
        }

        var modeText = request.Query["mode"].ToString();
        string? mode = null;
        if (modeText.Length > 0)
        {
            if (!TransportModes.TryParseUnit(modeText, out var unit))
            {
                return Bad("mode must be road, air, sea, river or rail.");
            }

            mode = unit.Name();
        }

        var after = request.Query["after"].ToString();
        long afterId = 0;
        if (after.Length > 0 && (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterId)))
        {
            return Bad("after must be a cursor this API returned.");
        }

        if (MaxOf(request) is not { } max)
        {
            return Bad($"max must be a whole number from 1 to {MaxMax}.");
        }

        var cases = await query.PageAsync(status != "closed", mode, afterId, max, cancellationToken);
        var next = cases.Count == max ? cases[^1].Id.ToString(CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new Page<FollowUpCase>(cases, next));
    }

    private static async Task<Results<Ok<DocumentMatches>, ProblemHttpResult>> MatchesAsync(
        HttpRequest request, MatchQuery query, CancellationToken cancellationToken)
    {
        var reference = request.Query["reference"].ToString().Trim();
        if (reference.Length is 0 or > 64)
        {
            return Bad("reference must name a TDEC number, transport document or EMAN ref of 1 to 64 characters.");
        }

        return await query.MatchesAsync(reference, cancellationToken) is { } matches
            ? TypedResults.Ok(matches)
            : TypedResults.Problem($"Nothing on the platform names {reference}.", statusCode: StatusCodes.Status404NotFound, title: "Unknown reference");
    }

    private static async Task<Results<Ok<Page<UnmatchedDeclaration>>, ProblemHttpResult>> UnmatchedAsync(
        HttpRequest request, MatchQuery query, CancellationToken cancellationToken)
    {
        var after = request.Query["after"].ToString();
        if (after.Length > 64)
        {
            return Bad("after must be a cursor this API returned.");
        }

        if (MaxOf(request) is not { } max)
        {
            return Bad($"max must be a whole number from 1 to {MaxMax}.");
        }

        var declarations = await query.UnmatchedAsync(after, max, cancellationToken);
        return TypedResults.Ok(new Page<UnmatchedDeclaration>(declarations, declarations.Count == max ? declarations[^1].Tdec : null));
    }

    private static async Task<Ok<RunResult>> RunAsync(PostClearanceRun run, CancellationToken cancellationToken) =>
        TypedResults.Ok(await run.RunAsync(cancellationToken));

    private static int? MaxOf(HttpRequest request)
    {
        var text = request.Query["max"].ToString();
        if (text.Length == 0)
        {
            return DefaultMax;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max is >= 1 and <= MaxMax ? max : null;
    }

    private static ProblemHttpResult Bad(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad query");
}
