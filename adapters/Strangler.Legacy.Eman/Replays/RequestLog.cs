using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Strangler.Edifact.Envelope;

namespace Strangler.Legacy.Eman.Replays;

/// <summary>
/// The idempotency records of edifact.md "Replays": per answered message (key + interchange ref +
/// message ref → content hash and CUSRES), and per answered interchange (key + interchange ref +
/// fingerprint of its messages → the answer bytes, UNB included). Inserts are claims
/// (<c>ON CONFLICT DO NOTHING</c>): a concurrent duplicate finds the first one's record.
/// </summary>
internal static class RequestLog
{
    /// <summary>What makes a resend "the same interchange": the message refs in order and each message's normalised bytes.</summary>
    public static string Fingerprint(InterchangeEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var text = new StringBuilder();
        foreach (var message in envelope.Messages)
        {
            text.Append(message.Reference).Append('\n').Append(message.ContentHash()).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static Task<byte[]?> FindInterchangeAsync(DbConnection c, DbTransaction? tx, string clientKey, string interchangeRef, string fingerprint) =>
        c.QuerySingleOrDefaultAsync<byte[]?>(
            """
            SELECT ANSWER_BYTES FROM EMN_INTERCHANGE_LOG
            WHERE CLIENT_KEY = @clientKey AND INTERCHANGE_REF = @interchangeRef AND FINGERPRINT = @fingerprint
            """,
            new { clientKey, interchangeRef, fingerprint }, tx);

    /// <summary>Records an answered interchange; false when an identical one was recorded first.</summary>
    public static async Task<bool> TryRecordInterchangeAsync(
        DbConnection c, DbTransaction tx, long logId, string clientKey, string interchangeRef, string fingerprint,
        DateTimeOffset receivedAt, byte[] answer) =>
        await c.ExecuteAsync(
            """
            INSERT INTO EMN_INTERCHANGE_LOG (LOG_ID, CLIENT_KEY, INTERCHANGE_REF, FINGERPRINT, RECEIVED_AT, ANSWER_BYTES)
            VALUES (@logId, @clientKey, @interchangeRef, @fingerprint, @receivedAt, @answer)
            ON CONFLICT DO NOTHING
            """,
            new { logId, clientKey, interchangeRef, fingerprint, receivedAt, answer }, tx) == 1;

    public static Task<RecordedMessage?> FindMessageAsync(DbConnection c, DbTransaction? tx, string clientKey, string interchangeRef, string messageRef) =>
        c.QuerySingleOrDefaultAsync<RecordedMessage?>(
            """
            SELECT CONTENT_HASH AS ContentHash, ANSWER_TEXT AS AnswerText FROM EMN_MESSAGE_LOG
            WHERE CLIENT_KEY = @clientKey AND INTERCHANGE_REF = @interchangeRef AND MESSAGE_REF = @messageRef
            """,
            new { clientKey, interchangeRef, messageRef }, tx);

    /// <summary>Claims the message's identity before anything else is written; false when it is already recorded.</summary>
    public static async Task<bool> TryClaimMessageAsync(
        DbConnection c, DbTransaction tx, long logId, string clientKey, string interchangeRef, string messageRef,
        string contentHash, DateTimeOffset receivedAt) =>
        await c.ExecuteAsync(
            """
            INSERT INTO EMN_MESSAGE_LOG (LOG_ID, CLIENT_KEY, INTERCHANGE_REF, MESSAGE_REF, CONTENT_HASH, RECEIVED_AT)
            VALUES (@logId, @clientKey, @interchangeRef, @messageRef, @contentHash, @receivedAt)
            ON CONFLICT DO NOTHING
            """,
            new { logId, clientKey, interchangeRef, messageRef, contentHash, receivedAt }, tx) == 1;

    public static Task CompleteMessageAsync(DbConnection c, DbTransaction tx, long logId, byte[] answer, long? manifestId) =>
        c.ExecuteAsync(
            "UPDATE EMN_MESSAGE_LOG SET ANSWER_TEXT = @answer, MANIFEST_ID = @manifestId WHERE LOG_ID = @logId",
            new { logId, answer, manifestId }, tx);
}

/// <summary>A recorded message: the hash of what was received and the CUSRES it was answered with.</summary>
internal sealed class RecordedMessage
{
    public string ContentHash { get; set; } = "";

    public byte[]? AnswerText { get; set; }
}
