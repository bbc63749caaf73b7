using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Assessment;

/// <summary>
/// Deterministic random selection: a SHA-256 of the rule-set seed, subject kind and reference gives a
/// uniform 64-bit draw, selected when below rate × 2^64. Same inputs, same draw, on any machine.
/// </summary>
internal static class RandomSelector
{
    private const decimal TwoTo64 = 18446744073709551616m;

    public static bool IsSelected(string seed, SubjectKind kind, string reference, decimal rate)
    {
        if (rate <= 0m)
        {
            return false;
        }

        if (rate >= 1m)
        {
            return true;
        }

        return Draw(seed, kind, reference) < (ulong)(rate * TwoTo64);
    }

    internal static ulong Draw(string seed, SubjectKind kind, string reference)
    {
        var text = string.Concat(seed, "\n", kind == SubjectKind.Bundle ? "B" : "C", "\n", reference);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var bytes = Encoding.UTF8.GetBytes(text);
        SHA256.HashData(bytes, hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
