using System.Data.Common;
using Dapper;
using Strangler.Legacy.Gets.Store;

namespace Strangler.Legacy.Gets.Queue;

/// <summary>The SQL of GTS_QUEUE (messages received outside service hours) and GTS_ACK_FEED (what processing them answered).</summary>
internal static class QueueStore
{
    public const string Waiting = "Q";
    public const string Processed = "P";

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, QueuedMessage message) =>
        connection.ExecuteAsync(
            """
            INSERT INTO GTS_QUEUE (QUEUE_ID, CLIENT_KEY, INTERCHANGE_REF, MESSAGE_REF, RECEIVED_AT, DUE_AT, STATUS, ISSUED_TDEC_NO, MESSAGE_TEXT)
            VALUES (@QueueId, @ClientKey, @InterchangeRef, @MessageRef, @ReceivedAt, @DueAt, 'Q', @IssuedTdecNo, @MessageText)
            """,
            new
            {
                message.QueueId,
                message.ClientKey,
                message.InterchangeRef,
                message.MessageRef,
                ReceivedAt = message.ReceivedAt,
                DueAt = message.DueAt,
                message.IssuedTdecNo,
                message.MessageText,
            },
            transaction);

    /// <summary>Waiting messages due at <paramref name="now"/>, in order of receipt (queue ids are drawn in arrival order).</summary>
    public static async Task<IReadOnlyList<QueuedMessage>> DueAsync(DbConnection connection, DateTimeOffset now)
    {
        var rows = await connection.QueryAsync<QueueRow>(
            """
            SELECT QUEUE_ID AS QueueId, CLIENT_KEY AS ClientKey, INTERCHANGE_REF AS InterchangeRef, MESSAGE_REF AS MessageRef,
                   RECEIVED_AT AS ReceivedAt, DUE_AT AS DueAt, ISSUED_TDEC_NO AS IssuedTdecNo, MESSAGE_TEXT AS MessageText
              FROM GTS_QUEUE
             WHERE STATUS = 'Q' AND DUE_AT <= @Now
             ORDER BY QUEUE_ID
            """,
            new { Now = now });
        return [.. rows.Select(r => r.ToModel())];
    }

    /// <summary>Marks a message processed; false when another worker already did (nothing else may then be written).</summary>
    public static async Task<bool> MarkProcessedAsync(DbConnection connection, DbTransaction transaction, long queueId, DateTimeOffset at) =>
        await connection.ExecuteAsync(
            "UPDATE GTS_QUEUE SET STATUS = 'P', PROCESSED_AT = @At WHERE QUEUE_ID = @QueueId AND STATUS = 'Q'",
            new { QueueId = queueId, At = at },
            transaction) == 1;

    public static Task AppendFeedAsync(
        DbConnection connection, DbTransaction transaction, string clientKey, long cursor, long queueId, string outcome, string answerText,
        DateTimeOffset at) =>
        connection.ExecuteAsync(
            """
            INSERT INTO GTS_ACK_FEED (CLIENT_KEY, CURSOR_NO, QUEUE_ID, OUTCOME, ANSWER_TEXT, CREATED_AT)
            VALUES (@ClientKey, @Cursor, @QueueId, @Outcome, @AnswerText, @At)
            """,
            new { ClientKey = clientKey, Cursor = cursor, QueueId = queueId, Outcome = outcome, AnswerText = answerText, At = at },
            transaction);

    /// <summary>The next cursor of a key's feed: cursors start at 1 and increase per key (the feed's primary key guards races).</summary>
    public static async Task<long> NextCursorAsync(DbConnection connection, DbTransaction transaction, string clientKey) =>
        await connection.ExecuteScalarAsync<long>(
            "SELECT COALESCE(MAX(CURSOR_NO), 0) + 1 FROM GTS_ACK_FEED WHERE CLIENT_KEY = @ClientKey",
            new { ClientKey = clientKey },
            transaction);

    public static async Task<IReadOnlyList<FeedRow>> FeedAsync(DbConnection connection, string clientKey, long after, int max) =>
        [.. await connection.QueryAsync<FeedRow>(
            """
            SELECT CURSOR_NO AS CursorNo, ANSWER_TEXT AS AnswerText
              FROM GTS_ACK_FEED
             WHERE CLIENT_KEY = @ClientKey AND CURSOR_NO > @After
             ORDER BY CURSOR_NO
             LIMIT @Max
            """,
            new { ClientKey = clientKey, After = after, Max = max })];

    private sealed class QueueRow
    {
        public long QueueId { get; set; }

        public string ClientKey { get; set; } = string.Empty;

        public string InterchangeRef { get; set; } = string.Empty;

        public string MessageRef { get; set; } = string.Empty;

        public DateTimeOffset ReceivedAt { get; set; }

        public DateTimeOffset DueAt { get; set; }

        public string? IssuedTdecNo { get; set; }

        public string MessageText { get; set; } = string.Empty;

        public QueuedMessage ToModel() => new(
            QueueId, ClientKey, InterchangeRef, MessageRef, ReceivedAt, DueAt,
            IssuedTdecNo?.TrimEnd(), MessageText);
    }
}

/// <summary>One acknowledgement of a key's feed.</summary>
internal sealed class FeedRow
{
    public long CursorNo { get; set; }

    public string AnswerText { get; set; } = string.Empty;
}
