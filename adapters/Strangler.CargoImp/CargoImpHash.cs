using System.Security.Cryptography;

namespace Strangler.CargoImp;

/// <summary>
/// The idempotency identity of a Cargo-IMP request (README.md "Idempotency"): SHA-256 of the body
/// after removing a leading BOM, turning each LF not preceded by CR into CRLF and appending CRLF
/// if the body does not end with one; nothing else.
/// </summary>
public static class CargoImpHash
{
    public static byte[] Compute(ReadOnlySpan<byte> body) => SHA256.HashData(Normalise(body));

    /// <summary>The hash as 64 lower-case hex digits.</summary>
    public static string ComputeHex(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(Compute(body));

    /// <summary>The bytes that are hashed.</summary>
    public static byte[] Normalise(ReadOnlySpan<byte> body)
    {
        body = Lines.LineReader.WithoutBom(body);
        var output = new List<byte>(body.Length + 16);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == (byte)'\n' && (i == 0 || body[i - 1] != (byte)'\r'))
            {
                output.Add((byte)'\r');
            }

            output.Add(body[i]);
        }

        if (output.Count < 2 || output[^2] != (byte)'\r' || output[^1] != (byte)'\n')
        {
            output.Add((byte)'\r');
            output.Add((byte)'\n');
        }

        return [.. output];
    }
}
