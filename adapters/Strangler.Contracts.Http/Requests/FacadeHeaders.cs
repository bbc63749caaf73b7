using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Strangler.Contracts.Time;

namespace Strangler.Contracts.Http.Requests;

/// <summary>Reads the facade-only headers: who is the facade, and what it sent.</summary>
internal static class FacadeHeaders
{
    /// <summary>Constant-time comparison, so the credential cannot be guessed byte by byte from timings.</summary>
    public static bool IsFacade(IHeaderDictionary headers, string? credential)
    {
        if (string.IsNullOrEmpty(credential) || headers[ContractHeaders.Facade] is not { Count: 1 } values || values[0] is not { } presented)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(credential));
    }

    /// <summary>Parses the facade's headers; false when one is malformed (the facade has a bug: answered 400).</summary>
    public static bool TryRead(IHeaderDictionary headers, out FacadeContext context)
    {
        context = FacadeContext.Empty;
        DateTimeOffset? receivedAt = null;
        if (headers.TryGetValue(ContractHeaders.ReceivedAt, out var receivedValues))
        {
            if (receivedValues.Count != 1 || !TryParseReceivedAt(receivedValues[0], out var parsed))
            {
                return false;
            }

            receivedAt = parsed;
        }

        var issued = new Dictionary<string, string>(StringComparer.Ordinal);
        if (headers.TryGetValue(ContractHeaders.Issued, out var issuedValues) && !TryParseIssued(issuedValues, issued))
        {
            return false;
        }

        string? answerRef = null;
        if (headers.TryGetValue(ContractHeaders.AnswerRef, out var answerValues))
        {
            if (answerValues.Count != 1 || !IsToken(answerValues[0]))
            {
                return false;
            }

            answerRef = answerValues[0];
        }

        context = new FacadeContext(receivedAt, issued, answerRef);
        return true;
    }

    /// <summary>Exactly <c>yyyy-MM-ddTHH:mm:ss+08:00</c>.</summary>
    internal static bool TryParseReceivedAt(string? value, out DateTimeOffset receivedAt)
    {
        receivedAt = default;
        if (value is not { Length: 25 } || !value.EndsWith("+08:00", StringComparison.Ordinal)
            || !DateTime.TryParseExact(value.AsSpan(0, 19), "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var local))
        {
            return false;
        }

        receivedAt = HongKongTime.FromLocal(local);
        return true;
    }

    /// <summary><c>&lt;id&gt;=&lt;reference&gt;; &lt;id&gt;=&lt;reference&gt; …</c>; several header lines add up; an id may appear once.</summary>
    internal static bool TryParseIssued(StringValues values, Dictionary<string, string> issued)
    {
        foreach (var value in values)
        {
            foreach (var part in (value ?? "").Split(';'))
            {
                var pair = part.Trim();
                if (pair.Length == 0)
                {
                    continue;
                }

                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    return false;
                }

                var id = pair[..equals].Trim();
                var reference = pair[(equals + 1)..].Trim();
                if (!IsToken(id) || !IsToken(reference) || !issued.TryAdd(id, reference))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsToken(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 70 && value.All(c => c is > ' ' and < '\u007f' and not '=' and not ';');
}
