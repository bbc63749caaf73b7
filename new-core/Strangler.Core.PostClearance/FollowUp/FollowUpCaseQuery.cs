using System.Globalization;
using Dapper;
using Strangler.Contracts.Time;
using Strangler.Core.Store.Database;

namespace Strangler.Core.PostClearance.FollowUp;

/// <summary>Reads follow-up cases, open or closed, optionally of one mode, in opening order after a case id.</summary>
internal sealed class FollowUpCaseQuery(CoreDatabase database, TimeProvider clock)
{
    private const string Page = """
        SELECT id AS Id, doc_number AS DocNumber, kind AS Kind, reference AS Reference, mode AS Mode, direction AS Direction,
               event_date AS EventDate, carrier AS Carrier, client_key AS ClientKey, opened_at AS OpenedAt,
               closed_at AS ClosedAt, closed_by AS ClosedBy
        FROM core_postclearance_case
        WHERE id > @After
        """;

    public async Task<IReadOnlyList<FollowUpCase>> PageAsync(bool open, string? mode, long after, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Fixed SQL variants rather than NULL-tolerant parameters: PostgreSQL cannot type an untyped NULL parameter.
        var sql = Page + (open ? " AND closed_at IS NULL" : " AND closed_at IS NOT NULL") + (mode is null ? "" : " AND mode = @Mode")
            + " ORDER BY id LIMIT @Max";
        var rows = await connection.QueryAsync<CaseRow>(new CommandDefinition(
            sql, new { After = after, Mode = mode, Max = max }, cancellationToken: cancellationToken));
        var today = HongKongTime.Date(clock.GetUtcNow());
        return rows.Select(row => row.ToCase(today)).ToList();
    }

    private sealed class CaseRow
    {
        public long Id { get; set; }

        public string DocNumber { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Reference { get; set; } = "";

        public string? Mode { get; set; }

        public string Direction { get; set; } = "";

        public string EventDate { get; set; } = "";

        public string? Carrier { get; set; }

        public string ClientKey { get; set; } = "";

        public object OpenedAt { get; set; } = "";

        public object? ClosedAt { get; set; }

        public string? ClosedBy { get; set; }

        public FollowUpCase ToCase(DateOnly today)
        {
            var eventDate = DateOnly.ParseExact(EventDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            DateTimeOffset? closedAt = ClosedAt is null ? null : HongKongTime.ToHongKong(StoredTime.Read(ClosedAt));
            var until = closedAt is { } closed ? HongKongTime.Date(closed) : today;
            return new FollowUpCase(
                Id,
                closedAt is null ? "open" : "closed",
                DocNumber,
                Kind,
                Reference,
                Mode,
                Direction,
                eventDate,
                Carrier,
                ClientKey,
                HongKongTime.ToHongKong(StoredTime.Read(OpenedAt)),
                Math.Max(0, until.DayNumber - eventDate.DayNumber - FollowUpRules.DaysToDeclare),
                closedAt,
                ClosedBy);
        }
    }
}
