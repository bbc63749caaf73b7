using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Clients;
using Strangler.Core.Api.Access;
using Strangler.Core.Hosting.Concurrency;
using Strangler.Core.Store.Requests;

namespace Strangler.Core.Api.Idempotency;

/// <summary>
/// Every POST, PUT and DELETE carries an <c>Idempotency-Key</c>. Under the caller's client-key lock, a key already recorded
/// with the same method, path and body is answered with the recorded status and body and changes nothing; with another
/// content it is a 422 ProblemDetails. Otherwise the write runs and its answer is recorded in the request log.
/// </summary>
internal sealed class IdempotentWrites(RequestLog log, KeyedLocks locks)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;
    private const string Interface = "api";

    public async Task<ApiAnswer> RunAsync(
        HttpContext http, ClientAuthority client, byte[] body, Func<CancellationToken, Task<ApiAnswer>> write, CancellationToken cancellationToken)
    {
        var key = http.Request.Headers[Header] is { Count: 1 } values ? values[0] : null;
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
        {
            return ApiProblems.BadRequest($"An {Header} header of 1 to {MaxKeyLength} characters is required.");
        }

        var hash = ContentHash(http.Request.Method, http.Request.Path.Value ?? "", body);
        using (await locks.EnterAsync("api:" + client.Key, cancellationToken))
        {
            if (await log.FindAsync(Interface, client.Key, key, cancellationToken) is { } recorded)
            {
                return recorded.ContentHash == hash
                    ? Decode(recorded.Answer)
                    : ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, $"The {Header} was already used with a different request.", []);
            }

            var answer = await write(cancellationToken);
            await log.RecordAsync(Interface, client.Key, key, new RecordedAnswer(hash, Encode(answer)), cancellationToken);
            return answer;
        }
    }

    private static string ContentHash(string method, string path, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes(method + " " + path + "\n");
        return Convert.ToHexString(SHA256.HashData([.. prefix, .. body]));
    }

    // Recorded as: 4-byte status, content type, NUL, body.
    private static byte[] Encode(ApiAnswer answer)
    {
        var type = Encoding.UTF8.GetBytes(answer.ContentType);
        var bytes = new byte[4 + type.Length + 1 + answer.Body.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, answer.Status);
        type.CopyTo(bytes, 4);
        answer.Body.CopyTo(bytes, 4 + type.Length + 1);
        return bytes;
    }

    private static ApiAnswer Decode(byte[] bytes)
    {
        var status = BinaryPrimitives.ReadInt32BigEndian(bytes);
        var end = Array.IndexOf(bytes, (byte)0, 4);
        return new ApiAnswer(status, bytes[(end + 1)..], Encoding.UTF8.GetString(bytes, 4, end - 4));
    }
}
