using System.Globalization;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.References;

namespace Strangler.Edifact.Cusdec;

/// <summary>
/// The TDEC number: <c>TD</c> + mode digit + <c>YYMMDD</c> (received-at date) + 7-digit sequence
/// whose first digit is the issuer's block (<c>TD32611260000042</c>).
/// </summary>
public static class TdecNumber
{
    public const int Length = 16;
    public const int SequenceDigits = 7;

    public static string Create(TransportMode mode, DateOnly receivedDate, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 9_999_999L);
        return string.Create(CultureInfo.InvariantCulture, $"TD{mode.Code()}{receivedDate:yyMMdd}{sequence:D7}");
    }

    /// <summary>The <paramref name="n"/>-th number (from 0) of an issuer's block on a day: legacy 0000000…, new core 5000000….</summary>
    public static string Create(TransportMode mode, DateOnly receivedDate, IssuerBlock block, long n)
    {
        var sequence = block.FirstSequence(SequenceDigits) + n;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, block.LastSequence(SequenceDigits));
        return Create(mode, receivedDate, sequence);
    }

    public static bool IsWellFormed(string? text) =>
        ReferenceNumber.TryParse(text, out var reference) && reference!.Kind == ReferenceKind.TdecNumber;
}
