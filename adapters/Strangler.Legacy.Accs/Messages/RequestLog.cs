using System.Data.Common;
using Dapper;

namespace Strangler.Legacy.Accs.Messages;

/// <summary>
/// <c>ACC_REQUEST_LOG</c>: every answered message by client key and Cargo-IMP hash, with its answer
/// bytes (ASCII), so a resend gets the same answer byte for byte. Unique on key + hash, so two copies
/// sent at once record once.
/// </summary>
internal static class RequestLog
{
    public static async Task<byte[]?> FindAsync(DbConnection connection, DbTransaction? transaction, string clientKey, string hash, CancellationToken ct)
    {
        var text = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT ANSWER_TEXT FROM ACC_REQUEST_LOG WHERE CLIENT_KEY = @clientKey AND BODY_HASH = @hash",
            new { clientKey, hash }, transaction, cancellationToken: ct));
        return text is null ? null : System.Text.Encoding.ASCII.GetBytes(text);
    }

    /// <summary>
    /// Insert-first claim of the identity; false when an identical request recorded it already (on
    /// PostgreSQL a concurrent one is waited for). The answer is written by <see cref="RecordAsync"/>
    /// in the same transaction.
    /// </summary>
    public static async Task<bool> ClaimAsync(AccsSession s, string clientKey, string hash)
    {
        var id = await s.NextIdAsync("ACC_REQUEST_LOG");
        var inserted = await s.Connection.ExecuteAsync(s.Command(
            "INSERT INTO ACC_REQUEST_LOG (LOG_ID, CLIENT_KEY, BODY_HASH, RECEIVED_AT) VALUES (@id, @clientKey, @hash, @at) " +
            "ON CONFLICT (CLIENT_KEY, BODY_HASH) DO NOTHING",
            new { id, clientKey, hash, at = s.ReceivedAt }));
        return inserted == 1;
    }

    public static Task RecordAsync(AccsSession s, string clientKey, string hash, string? messageType, string? receiptNo, byte[] answer) =>
        s.Connection.ExecuteAsync(s.Command(
            "UPDATE ACC_REQUEST_LOG SET MESSAGE_TYPE = @messageType, RECEIPT_NO = @receiptNo, ANSWER_TEXT = @answer " +
            "WHERE CLIENT_KEY = @clientKey AND BODY_HASH = @hash",
            new { clientKey, hash, messageType, receiptNo, answer = System.Text.Encoding.ASCII.GetString(answer) }));
}
