using System.Globalization;
using Strangler.Contracts.References;

namespace Strangler.CargoImp.Answers;

/// <summary>
/// The ACCS receipt number of an accepted message: <c>A</c> + <c>YYMMDD</c> (Hong Kong received-at
/// date) + a 9-digit sequence whose first digit is the issuer's block (0–4 legacy, 5–9 new core).
/// </summary>
public static class AccsReceiptNumber
{
    public const int SequenceDigits = 9;

    public static string Create(DateOnly receivedDate, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999_999_999L);
        return "A" + receivedDate.ToString("yyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D9", CultureInfo.InvariantCulture);
    }

    /// <summary>The first sequence number of an issuer's block (<c>000000000</c> or <c>500000000</c>).</summary>
    public static long FirstSequence(IssuerBlock issuer) => issuer.FirstSequence(SequenceDigits);

    public static bool IsWellFormed(string? text) =>
        ReferenceNumber.TryParse(text, out var reference) && reference!.Kind == ReferenceKind.AccsReceipt;
}
