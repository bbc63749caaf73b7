using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Strangler.Contracts.Time;
using Strangler.Core.Clearance.Decisions;
using Strangler.Core.Clearance.Rules;
using Strangler.Core.Risk.Outcomes;
using Strangler.Core.Risk.Subjects;
using Strangler.Core.Store.Database;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Core.Clearance.Outcomes;

/// <summary>
/// GET /admin/clearance/hit-rates?from=yyyy-MM-dd&amp;to=yyyy-MM-dd (Hong Kong dates, inclusive; default the last 30 days):
/// per rule, subjects selected, examined and examined with findings, over the latest decision of each subject assessed in the
/// period and its latest examination result; and the channel balance against the current rule set's targets.
/// </summary>
internal static class HitRateAdminApi
{
    private const int MaxDays = 366;

    public static void MapHitRateAdmin(this RouteGroupBuilder group) =>
        group.MapGet("/hit-rates", GetAsync).RequireAuthorization(AdminRoles.ReadPolicy);

    private static async Task<Results<Ok<HitRateReport>, ValidationProblem>> GetAsync(
        string? from, string? to, CoreDatabase database, StoredRuleStore rules, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = HongKongTime.Date(clock.GetUtcNow());
        if (!TryDate(to, today, out var last) || !TryDate(from, last.AddDays(-29), out var first))
        {
            return Problem("from/to", "must be dates as yyyy-MM-dd");
        }

        if (first > last || last.DayNumber - first.DayNumber >= MaxDays)
        {
            return Problem("from/to", $"from must not be after to, and the period at most {MaxDays} days");
        }

        var window = new
        {
            From = StoredTime.Write(database.Provider, Start(first)),
            To = StoredTime.Write(database.Provider, Start(last.AddDays(1))),
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DecisionRecord.Row>(
            DecisionRecord.SelectColumns + " WHERE assessed_at >= @From AND assessed_at < @To ORDER BY id", window);
        var latest = new Dictionary<(string, string), DecisionRecord.Row>();
        foreach (var row in rows)
        {
            latest[(row.SubjectKind, row.Reference)] = row;
        }

        var examinations = await connection.QueryAsync<(string Kind, string Reference, bool Findings)>(
            "SELECT e.subject_kind, e.reference, e.findings FROM core_clearance_examination e WHERE EXISTS (SELECT 1 FROM core_clearance_decision d "
            + "WHERE d.subject_kind = e.subject_kind AND d.reference = e.reference AND d.assessed_at >= @From AND d.assessed_at < @To) ORDER BY e.id",
            window);
        var decisions = latest.Values.Select(r => r.ToDecision()).ToList();
        var results = examinations.Select(e => new ExaminationResult(Enum.Parse<SubjectKind>(e.Kind), e.Reference, e.Findings));
        return TypedResults.Ok(new HitRateReport(
            first, last, decisions.Count, RuleHitRates.From(decisions, results), ChannelBalance.From(decisions, rules.Current)));
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), HongKongTime.Offset);

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static ValidationProblem Problem(string where, string text) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [where] = [text] });
}

/// <summary>Hit rates per rule and the channel balance over a period of Hong Kong dates.</summary>
public sealed record HitRateReport(DateOnly From, DateOnly To, int Subjects, IReadOnlyList<RuleHitRate> Rules, ChannelBalance Balance);
