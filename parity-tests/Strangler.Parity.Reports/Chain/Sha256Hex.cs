using System.Security.Cryptography;

namespace Strangler.Parity.Reports.Chain;

/// <summary>SHA-256 as lower-case hex, the one form manifests and links use.</summary>
internal static class Sha256Hex
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
