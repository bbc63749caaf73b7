using System.Data.Common;
using Dapper;

namespace Strangler.Legacy.Rocars.Store;

/// <summary>
/// RCS_REQUEST_LOG: every recorded answer by client key and MessageId (one space per key across all
/// ROCARS endpoints). The row is inserted first, with an empty answer, so that of two concurrent
/// duplicates one records and the other meets the unique constraint and replays.
/// </summary>
internal static class RequestLog
{
    public static Task<LoggedRequest?> FindAsync(DbConnection connection, DbTransaction? transaction, string clientKey, string messageId) =>
        connection.QuerySingleOrDefaultAsync<LoggedRequest?>(
            "SELECT METHOD_CD AS MethodCd, REQUEST_PATH AS RequestPath, BODY_SHA256 AS BodySha256, ANSWER_BODY AS AnswerBody " +
            "FROM RCS_REQUEST_LOG WHERE CLIENT_KEY = @ClientKey AND MESSAGE_ID = @MessageId",
            new { ClientKey = clientKey, MessageId = messageId },
            transaction);

    /// <summary>
    /// Inserts the row with an empty answer; false when the key and MessageId are taken (on PostgreSQL after the
    /// other transaction has committed, so its answer can be read next).
    /// </summary>
    public static async Task<bool> TryClaimAsync(DbConnection connection, DbTransaction transaction, long logId, RequestIdentity identity, DateTime receivedAt) =>
        await connection.ExecuteAsync(
            "INSERT INTO RCS_REQUEST_LOG (LOG_ID, CLIENT_KEY, MESSAGE_ID, METHOD_CD, REQUEST_PATH, BODY_SHA256, RECEIVED_AT, ANSWER_BODY) " +
            "VALUES (@LogId, @ClientKey, @MessageId, @Method, @Path, @BodySha256, @ReceivedAt, @Answer) ON CONFLICT DO NOTHING",
            new
            {
                LogId = logId,
                identity.ClientKey,
                identity.MessageId,
                identity.Method,
                identity.Path,
                identity.BodySha256,
                ReceivedAt = receivedAt,
                Answer = Array.Empty<byte>(),
            },
            transaction) == 1;

    public static Task RecordAnswerAsync(DbConnection connection, DbTransaction transaction, long logId, byte[] answer) =>
        connection.ExecuteAsync(
            "UPDATE RCS_REQUEST_LOG SET ANSWER_BODY = @Answer WHERE LOG_ID = @LogId", new { LogId = logId, Answer = answer }, transaction);
}

/// <summary>A recorded request: what identified its content, and the answer bytes.</summary>
internal sealed class LoggedRequest
{
    public string MethodCd { get; set; } = "";

    public string RequestPath { get; set; } = "";

    public string BodySha256 { get; set; } = "";

    public byte[] AnswerBody { get; set; } = [];

    /// <summary>Same content (rocars.md): the same method and path and a byte-identical body after a leading BOM.</summary>
    public bool HasSameContent(RequestIdentity identity) =>
        MethodCd.Trim() == identity.Method && RequestPath.Trim() == identity.Path && BodySha256.Trim() == identity.BodySha256;
}
