using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Http.Answers;
using Strangler.Core.Hosting.Concurrency;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Requests;

namespace Strangler.Core.Rocars;

/// <summary>
/// One MessageId space per client key across every ROCARS endpoint: a resend of the same content gets the recorded
/// answer byte for byte, other content R003 (or its own R002/R040/R041, unrecorded). Requests of one key run one at a
/// time under that key's lock, so concurrent resends are decided and stored once.
/// </summary>
internal sealed class RocarsMessages(RequestLog log, KeyedLocks locks, CoreDatabase database)
{
    private const string Interface = "rocars";

    /// <param name="clientKey">The caller's key.</param>
    /// <param name="messageId">The answer's MessageId (not empty).</param>
    /// <param name="contentHash">From <see cref="ContentHash"/>.</param>
    /// <param name="aloneAnswer">The request's own R002/R040/R041 answer, which wins over R003; null otherwise.</param>
    /// <param name="r003Answer">The R003 answer for this request.</param>
    /// <param name="decide">The answer bytes, or null for an empty 400 (a bad facade reference); nothing recorded then.</param>
    public async Task<ContractAnswer> AnswerOnceAsync(
        string clientKey, string messageId, string contentHash, byte[]? aloneAnswer, Func<byte[]> r003Answer,
        Func<Task<byte[]?>> decide, CancellationToken cancellationToken)
    {
        using var held = await locks.EnterAsync("rocars\n" + clientKey, cancellationToken);
        if (await log.FindAsync(Interface, clientKey, messageId, cancellationToken) is { } recorded)
        {
            return ContractAnswer.Xml(recorded.ContentHash == contentHash ? recorded.Answer : aloneAnswer ?? r003Answer());
        }

        var answer = await decide();
        if (answer is null)
        {
            return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
        }

        // An R003 answer is never recorded: the MessageId keeps the content it was first used with.
        var r003 = r003Answer();
        if (!answer.AsSpan().SequenceEqual(r003))
        {
            await log.RecordAsync(Interface, clientKey, messageId, new RecordedAnswer(contentHash, answer), cancellationToken);
        }

        return ContractAnswer.Xml(answer);
    }

    /// <summary>
    /// As the overload above, but the recorded-answer check, <paramref name="decide"/>'s reads and writes and the recorded
    /// answer all run in ONE write transaction: the answer commits with what it answers, or nothing does. The key's lock
    /// still serialises a key's requests (concurrent resends of one MessageId); <paramref name="decide"/> must do all its
    /// store work on the given connection and transaction (on SQLite another write would wait for this one forever).
    /// </summary>
    public async Task<ContractAnswer> AnswerOnceAsync(
        string clientKey, string messageId, string contentHash, byte[]? aloneAnswer, Func<byte[]> r003Answer,
        Func<DbConnection, DbTransaction, Task<byte[]?>> decide, CancellationToken cancellationToken)
    {
        using var held = await locks.EnterAsync("rocars\n" + clientKey, cancellationToken);
        var answer = await database.WriteAsync(async (connection, transaction) =>
        {
            if (await log.FindAsync(Interface, clientKey, messageId, connection, transaction, cancellationToken) is { } recorded)
            {
                return recorded.ContentHash == contentHash ? recorded.Answer : aloneAnswer ?? r003Answer();
            }

            var decided = await decide(connection, transaction);
            if (decided is not null && !decided.AsSpan().SequenceEqual(r003Answer()))
            {
                await log.RecordAsync(Interface, clientKey, messageId, new RecordedAnswer(contentHash, decided), connection, transaction, cancellationToken);
            }

            return decided;
        }, cancellationToken);
        return answer is null ? ContractAnswer.Empty(StatusCodes.Status400BadRequest) : ContractAnswer.Xml(answer);
    }

    /// <summary>Same content: same method and path, byte-identical body after a leading BOM.</summary>
    public static string ContentHash(string methodAndPath, ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        var prefix = Encoding.UTF8.GetBytes(methodAndPath + "\n");
        var all = new byte[prefix.Length + body.Length];
        prefix.CopyTo(all, 0);
        body.CopyTo(all.AsSpan(prefix.Length));
        return Convert.ToHexString(SHA256.HashData(all));
    }
}
