using System.Data.Common;
using Dapper;
using Strangler.Legacy.Gets.Store;

namespace Strangler.Legacy.Gets.Replay;

/// <summary>
/// The SQL of the two request logs: GTS_MESSAGE_LOG (key + interchange ref + message ref → the
/// message's content hash and CUSRES) and GTS_INTERCHANGE_LOG (key + interchange ref + signature →
/// the whole answer interchange, replayed byte for byte).
/// </summary>
internal static class RequestLog
{
    /// <summary>Outcome codes kept beside each recorded answer (for the backfill and for reading the log).</summary>
    public const string Accepted = "AC";
    public const string Cancelled = "CX";
    public const string Queued = "QD";
    public const string Rejected = "RJ";

    public static Task<RecordedMessage?> FindMessageAsync(
        DbConnection connection, DbTransaction? transaction, string clientKey, string interchangeRef, string messageRef) =>
        connection.QuerySingleOrDefaultAsync<RecordedMessage>(
            """
            SELECT CONTENT_HASH AS ContentHash, ANSWER_TEXT AS AnswerText
              FROM GTS_MESSAGE_LOG
             WHERE CLIENT_KEY = @ClientKey AND INTERCHANGE_REF = @InterchangeRef AND MESSAGE_REF = @MessageRef
            """,
            new { ClientKey = clientKey, InterchangeRef = interchangeRef, MessageRef = messageRef },
            transaction);

    /// <summary>
    /// Claims the identity first, in the message's transaction, so a concurrent duplicate waits on the
    /// key and then claims nothing (false) instead of writing twice; the answer is filled in by
    /// <see cref="CompleteMessageAsync"/> before commit.
    /// </summary>
    public static async Task<bool> ClaimMessageAsync(
        DbConnection connection, DbTransaction transaction, string clientKey, string interchangeRef, string messageRef,
        string contentHash, DateTimeOffset receivedAt) =>
        await connection.ExecuteAsync(
            """
            INSERT INTO GTS_MESSAGE_LOG (CLIENT_KEY, INTERCHANGE_REF, MESSAGE_REF, CONTENT_HASH, OUTCOME, ANSWER_TEXT, RECEIVED_AT)
            VALUES (@ClientKey, @InterchangeRef, @MessageRef, @ContentHash, '--', ' ', @ReceivedAt)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                ClientKey = clientKey,
                InterchangeRef = interchangeRef,
                MessageRef = messageRef,
                ContentHash = contentHash,
                ReceivedAt = receivedAt,
            },
            transaction) == 1;

    public static Task CompleteMessageAsync(
        DbConnection connection, DbTransaction transaction, string clientKey, string interchangeRef, string messageRef,
        string outcome, string answerText) =>
        connection.ExecuteAsync(
            """
            UPDATE GTS_MESSAGE_LOG SET OUTCOME = @Outcome, ANSWER_TEXT = @AnswerText
             WHERE CLIENT_KEY = @ClientKey AND INTERCHANGE_REF = @InterchangeRef AND MESSAGE_REF = @MessageRef
            """,
            new { ClientKey = clientKey, InterchangeRef = interchangeRef, MessageRef = messageRef, Outcome = outcome, AnswerText = answerText },
            transaction);

    public static Task<byte[]?> FindInterchangeAsync(DbConnection connection, string clientKey, string interchangeRef, string signature) =>
        connection.QuerySingleOrDefaultAsync<byte[]?>(
            """
            SELECT ANSWER_BYTES FROM GTS_INTERCHANGE_LOG
             WHERE CLIENT_KEY = @ClientKey AND INTERCHANGE_REF = @InterchangeRef AND SIGNATURE = @Signature
            """,
            new { ClientKey = clientKey, InterchangeRef = interchangeRef, Signature = signature });

    /// <summary>Records a whole answer; a concurrent identical interchange recorded first keeps its answer (ON CONFLICT).</summary>
    public static Task<int> RecordInterchangeAsync(
        DbConnection connection, DbTransaction transaction, string clientKey, string interchangeRef, string signature,
        string answerRef, byte[] answer, DateTimeOffset receivedAt) =>
        connection.ExecuteAsync(
            """
            INSERT INTO GTS_INTERCHANGE_LOG (CLIENT_KEY, INTERCHANGE_REF, SIGNATURE, ANSWER_REF, ANSWER_BYTES, RECEIVED_AT)
            VALUES (@ClientKey, @InterchangeRef, @Signature, @AnswerRef, @Answer, @ReceivedAt)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                ClientKey = clientKey,
                InterchangeRef = interchangeRef,
                Signature = signature,
                AnswerRef = answerRef,
                Answer = answer,
                ReceivedAt = receivedAt,
            },
            transaction);
}

/// <summary>A recorded message: what it was (content hash) and what it was answered (CUSRES text).</summary>
internal sealed class RecordedMessage
{
    public string ContentHash { get; set; } = string.Empty;

    public string AnswerText { get; set; } = string.Empty;
}
