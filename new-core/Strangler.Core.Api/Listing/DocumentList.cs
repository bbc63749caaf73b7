using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Time;
using Strangler.Core.Api.Access;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Api.Listing;

/// <summary>
/// GET /api/v1/documents: the caller's documents (those lodged under its key, through any interface) in the order they
/// were first stored, by an opaque cursor over the store's row id, so pages stay stable while documents are added.
/// </summary>
internal sealed class DocumentList(CoreDatabase database)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static IReadOnlyList<string> Kinds { get; } =
        ["Declaration", "Manifest", "CargoReport", "RoadLodgement", "Bundle", "AirWaybillStatus"];

    public async Task<ApiAnswer> PageAsync(
        ClientAuthority client, string? kind, string? cursor, string? limitText, CancellationToken cancellationToken)
    {
        var limit = DefaultLimit;
        if (limitText is not null && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            return ApiProblems.BadRequest($"limit must be a whole number from 1 to {MaxLimit}.");
        }

        if (kind is not null && !Kinds.Contains(kind))
        {
            return ApiProblems.BadRequest("kind must be one of " + string.Join(", ", Kinds) + ".");
        }

        long after = 0;
        if (cursor is not null && !TryReadCursor(cursor, out after))
        {
            return ApiProblems.BadRequest("The cursor is not one this API issued.");
        }

        var sql = $"""
            SELECT id AS Id, reference AS Reference, kind AS Kind, status AS Status, current_version AS Version,
                   source_interface AS Source, created_at AS CreatedAt
            FROM core_document WHERE client_key = @Key AND id > @After {(kind is null ? "" : "AND kind = @Kind")}
            ORDER BY id LIMIT @Take
            """;
        List<Row> rows;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            rows = [.. await connection.QueryAsync<Row>(new CommandDefinition(
                sql, new { client.Key, After = after, Kind = kind, Take = limit + 1 }, cancellationToken: cancellationToken))];
        }

        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? WriteCursor(page[^1].Id) : null;
        return ApiAnswer.Json(StatusCodes.Status200OK, new DocumentPage(
            [.. page.Select(r => new DocumentSummary(
                r.Reference, r.Kind, r.Status, r.Version, r.Source, HongKongTime.ToHongKong(StoredTime.Read(r.CreatedAt))))],
            next));
    }

    private static string WriteCursor(long id) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes("d1:" + id.ToString(CultureInfo.InvariantCulture)));

    private static bool TryReadCursor(string cursor, out long id)
    {
        id = 0;
        if (cursor.Length > 64 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith("d1:", StringComparison.Ordinal) &&
            long.TryParse(text.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    private sealed class Row
    {
        public long Id { get; set; }

        public string Reference { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Status { get; set; } = "";

        public int Version { get; set; }

        public string Source { get; set; } = "";

        public object CreatedAt { get; set; } = "";
    }
}

/// <summary>One page of the caller's documents; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentSummary> Items, string? NextCursor);

/// <summary>One document in a list: reference, kind, status, current version, the interface it was first lodged through, when.</summary>
public sealed record DocumentSummary(string Reference, string Kind, string Status, int Version, string Source, DateTimeOffset CreatedAt);
