using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Extensions.Options;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Eman.Notices;

/// <summary>
/// Detention notices and release vouchers per carrier key, with the key's cursor sequence (continued from migrated
/// cursors). Vouchers are issued lazily: whoever serves the key next (a POST or a feed GET) first issues those due by
/// its received-at, in due order, so their cursors come before anything that request issues.
/// </summary>
internal sealed class NoticeBoard(CoreDatabase database, IOptions<EmanOptions> options)
{
    public const string Detention = "DN";
    public const string Release = "RV";

    private const string DueSql = """
        SELECT notice_cursor AS Cursor, eman_ref AS EmanRef, kind AS Kind, issued_at AS IssuedAt, lines AS Lines, release_due AS ReleaseDue
        FROM core_eman_notice
        WHERE client_key = @ClientKey AND kind = 'DN' AND released = @No AND release_due <= @At
        ORDER BY release_due, notice_cursor
        """;

    private const string FeedSql = """
        SELECT notice_cursor AS Cursor, eman_ref AS EmanRef, kind AS Kind, issued_at AS IssuedAt, lines AS Lines, release_due AS ReleaseDue
        FROM core_eman_notice
        WHERE client_key = @ClientKey AND notice_cursor > @After
        ORDER BY notice_cursor
        LIMIT @Max
        """;

    private const string DetainedSql = "SELECT lines FROM core_eman_notice WHERE eman_ref = @EmanRef AND kind = 'DN'";

    private const string EnsureCursorSql = """
        INSERT INTO core_eman_cursor (client_key, last_cursor) VALUES (@ClientKey, 0) ON CONFLICT DO NOTHING
        """;

    private const string NextCursorSql = """
        UPDATE core_eman_cursor SET last_cursor = last_cursor + 1 WHERE client_key = @ClientKey RETURNING last_cursor
        """;

    private const string InsertSql = """
        INSERT INTO core_eman_notice (client_key, notice_cursor, eman_ref, kind, issued_at, lines, release_due, released)
        VALUES (@ClientKey, @Cursor, @EmanRef, @Kind, @IssuedAt, @Lines, @ReleaseDue, @No)
        """;

    private const string MarkReleasedSql = """
        UPDATE core_eman_notice SET released = @Yes WHERE client_key = @ClientKey AND notice_cursor = @Cursor
        """;

    // The canonical history of the manifest: the notice as a NoticeIssued event of its current version.
    private const string EventSql = """
        INSERT INTO core_document_event (document_id, version_no, at, kind, detail)
        SELECT id, current_version, @At, 'NoticeIssued', @Detail FROM core_document WHERE reference = @EmanRef
        """;

    public TimeSpan ExaminationTime => TimeSpan.FromHours(options.Value.ExaminationHours);

    /// <summary>Issues the release vouchers of <paramref name="clientKey"/> due by <paramref name="at"/>, inside the caller's transaction.</summary>
    public async Task<int> IssueDueVouchersAsync(
        DbConnection connection, DbTransaction transaction, string clientKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var due = await connection.QueryAsync<NoticeRow>(new CommandDefinition(DueSql, new
        {
            ClientKey = clientKey,
            No = false,
            At = StoredTime.Write(database.Provider, at),
        }, transaction, cancellationToken: cancellationToken));
        var issued = 0;
        foreach (var detention in due.ToList())
        {
            var issuedAt = StoredTime.Read(detention.ReleaseDue!);
            await InsertAsync(connection, transaction, clientKey, detention.EmanRef, Release, issuedAt, detention.Lines, null, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                MarkReleasedSql, new { Yes = true, ClientKey = clientKey, detention.Cursor }, transaction, cancellationToken: cancellationToken));
            issued++;
        }

        return issued;
    }

    /// <summary>
    /// Issues a detention notice for the given CNI lines (sequence, document number) at <paramref name="at"/>, inside the
    /// caller's transaction (after the manifest's canonical version, whose history gets the NoticeIssued event).
    /// </summary>
    public Task<long> DetainAsync(
        DbConnection connection, DbTransaction transaction, string clientKey, string emanRef, DateTimeOffset at,
        IReadOnlyList<(int Sequence, string DocumentNumber)> lines, CancellationToken cancellationToken)
    {
        var text = string.Join('\n', lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Sequence}\t{l.DocumentNumber}")));
        return InsertAsync(connection, transaction, clientKey, emanRef, Detention, at, text, at + ExaminationTime, cancellationToken);
    }

    /// <summary>The transport document numbers already detained under <paramref name="emanRef"/>.</summary>
    public static async Task<IReadOnlySet<string>> DetainedAsync(
        DbConnection connection, DbTransaction? transaction, string emanRef, CancellationToken cancellationToken)
    {
        var all = await connection.QueryAsync<string>(
            new CommandDefinition(DetainedSql, new { EmanRef = emanRef }, transaction, cancellationToken: cancellationToken));
        return all.SelectMany(Parse).Select(l => l.DocumentNumber).ToHashSet(StringComparer.Ordinal);
    }

    public static async Task<IReadOnlyList<NoticeRow>> FeedAsync(
        DbConnection connection, DbTransaction? transaction, string clientKey, long after, long max, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<NoticeRow>(new CommandDefinition(
            FeedSql, new { ClientKey = clientKey, After = after, Max = max }, transaction, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    public static IEnumerable<(int Sequence, string DocumentNumber)> Parse(string lines) =>
        lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            return (int.Parse(line[..tab], CultureInfo.InvariantCulture), line[(tab + 1)..]);
        });

    private async Task<long> InsertAsync(
        DbConnection connection, DbTransaction transaction, string clientKey, string emanRef, string kind, DateTimeOffset issuedAt, string lines,
        DateTimeOffset? releaseDue, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(EnsureCursorSql, new { ClientKey = clientKey }, transaction, cancellationToken: cancellationToken));
        var cursor = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(NextCursorSql, new { ClientKey = clientKey }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            ClientKey = clientKey,
            Cursor = cursor,
            EmanRef = emanRef,
            Kind = kind,
            IssuedAt = StoredTime.Write(database.Provider, issuedAt),
            Lines = lines,
            ReleaseDue = releaseDue is { } due ? StoredTime.Write(database.Provider, due) : null,
            No = false,
        }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(EventSql, new
        {
            At = StoredTime.Write(database.Provider, issuedAt),
            Detail = string.Create(CultureInfo.InvariantCulture, $"{kind} cursor {cursor}"),
            EmanRef = emanRef,
        }, transaction, cancellationToken: cancellationToken));
        return cursor;
    }
}
