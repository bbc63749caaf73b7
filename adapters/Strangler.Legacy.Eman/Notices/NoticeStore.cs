using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Eman.Notices;

/// <summary>
/// The SQL of the notice feed: detention notices (with the time their examination completes),
/// release vouchers (copying their detention notice's CNI lines), and the per-key cursor sequence.
/// </summary>
internal sealed class NoticeStore(LegacySequences sequences)
{
    public const string Detention = "DN";
    public const string Release = "RV";

    /// <summary>Issues a notice at the next cursor of the key; returns the notice id.</summary>
    public async Task<long> IssueAsync(
        DbConnection c, DbTransaction tx, NewNotice notice, IEnumerable<(int Seq, string DocumentNo)> lines)
    {
        var noticeId = await sequences.NextAsync(c, tx, "NOTICE_ID");
        var cursor = await sequences.NextAsync(c, tx, CursorSequence(notice.ClientKey));
        await c.ExecuteAsync(
            """
            INSERT INTO EMN_NOTICE (NOTICE_ID, CLIENT_KEY, CURSOR_NO, MANIFEST_ID, EMAN_REF, NOTICE_CD, ISSUED_AT,
                RELEASE_DUE_AT, RELEASED_FLAG, DETENTION_NOTICE_ID)
            VALUES (@noticeId, @ClientKey, @cursor, @ManifestId, @EmanRef, @Code, @IssuedAt,
                @ReleaseDueAt, @releasedFlag, @DetentionNoticeId)
            """,
            new
            {
                noticeId, cursor, notice.ClientKey, notice.ManifestId, notice.EmanRef, notice.Code, notice.IssuedAt,
                notice.ReleaseDueAt, releasedFlag = notice.Code == Detention ? "N" : null, notice.DetentionNoticeId,
            },
            tx);
        await c.ExecuteAsync(
            "INSERT INTO EMN_NOTICE_LINE (NOTICE_ID, CNI_SEQ_NO, TRANSPORT_DOC_NO) VALUES (@noticeId, @Seq, @DocumentNo)",
            lines.Select(l => new { noticeId, l.Seq, l.DocumentNo }), tx);
        return noticeId;
    }

    /// <summary>Transport documents of a manifest already detained by one of its notices (an amendment does not detain them twice).</summary>
    public static async Task<IReadOnlySet<string>> DetainedDocumentsAsync(DbConnection c, DbTransaction tx, long manifestId) =>
        (await c.QueryAsync<string>(
            """
            SELECT l.TRANSPORT_DOC_NO FROM EMN_NOTICE n JOIN EMN_NOTICE_LINE l ON l.NOTICE_ID = n.NOTICE_ID
            WHERE n.MANIFEST_ID = @manifestId AND n.NOTICE_CD = 'DN'
            """,
            new { manifestId }, tx)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Detention notices whose examination completed by <paramref name="at"/> and that have no release voucher yet, oldest first.</summary>
    public static async Task<IReadOnlyList<DueRelease>> DueReleasesAsync(DbConnection c, DateTimeOffset at) =>
        (await c.QueryAsync<DueRelease>(
            """
            SELECT NOTICE_ID AS NoticeId, CLIENT_KEY AS ClientKey, MANIFEST_ID AS ManifestId, EMAN_REF AS EmanRef,
                RELEASE_DUE_AT AS ReleaseDueAt
            FROM EMN_NOTICE
            WHERE NOTICE_CD = 'DN' AND RELEASED_FLAG = 'N' AND RELEASE_DUE_AT <= @at
            ORDER BY RELEASE_DUE_AT, NOTICE_ID
            """,
            new { at })).AsList();

    /// <summary>Marks a detention notice released; false when another worker did it first.</summary>
    public static async Task<bool> TryMarkReleasedAsync(DbConnection c, DbTransaction tx, long noticeId) =>
        await c.ExecuteAsync(
            "UPDATE EMN_NOTICE SET RELEASED_FLAG = 'Y' WHERE NOTICE_ID = @noticeId AND RELEASED_FLAG = 'N'",
            new { noticeId }, tx) == 1;

    public static async Task<IReadOnlyList<(int Seq, string DocumentNo)>> LinesAsync(DbConnection c, DbTransaction? tx, long noticeId) =>
        (await c.QueryAsync<NoticeLine>(
            "SELECT CNI_SEQ_NO AS Seq, TRANSPORT_DOC_NO AS DocumentNo FROM EMN_NOTICE_LINE WHERE NOTICE_ID = @noticeId ORDER BY CNI_SEQ_NO",
            new { noticeId }, tx)).Select(l => (l.Seq, l.DocumentNo)).ToList();

    /// <summary>A page of a key's feed after a cursor, in cursor order.</summary>
    public static async Task<IReadOnlyList<StoredNotice>> PageAsync(DbConnection c, string clientKey, long after, int max) =>
        (await c.QueryAsync<StoredNotice>(
            """
            SELECT NOTICE_ID AS NoticeId, CURSOR_NO AS CursorNo, EMAN_REF AS EmanRef, NOTICE_CD AS Code, ISSUED_AT AS IssuedAt
            FROM EMN_NOTICE
            WHERE CLIENT_KEY = @clientKey AND CURSOR_NO > @after
            ORDER BY CURSOR_NO
            LIMIT @max
            """,
            new { clientKey, after, max })).AsList();

    /// <summary>
    /// The sequence holding a key's cursors: its name fits the 30 characters of SEQ_NAME, so long keys
    /// are named by a hash.
    /// </summary>
    public static string CursorSequence(string clientKey)
    {
        var name = "CURSOR:" + clientKey;
        return name.Length <= 30
            ? name
            : "CURSOR#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(clientKey)))[..23];
    }

    private sealed class NoticeLine
    {
        public int Seq { get; set; }

        public string DocumentNo { get; set; } = "";
    }
}

/// <summary>A notice to issue.</summary>
internal sealed record NewNotice(
    string ClientKey, long ManifestId, string EmanRef, string Code, DateTimeOffset IssuedAt,
    DateTimeOffset? ReleaseDueAt, long? DetentionNoticeId);

/// <summary>A detention notice whose release voucher is due.</summary>
internal sealed class DueRelease
{
    public long NoticeId { get; set; }

    public string ClientKey { get; set; } = "";

    public long ManifestId { get; set; }

    public string EmanRef { get; set; } = "";

    public DateTimeOffset ReleaseDueAt { get; set; }
}

/// <summary>A notice as the feed reads it.</summary>
internal sealed class StoredNotice
{
    public long NoticeId { get; set; }

    public long CursorNo { get; set; }

    public string EmanRef { get; set; } = "";

    public string Code { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }
}
