using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.References;

namespace Strangler.RocarsXml.Rules;

/// <summary>
/// The ROCARS reference formats: CCRN (<c>C</c> + YYMMDD + 8-digit sequence + check digit), BundleRef
/// (<c>B</c> + YYMMDD + 8-digit sequence; the sequence's first digit is the issuer's block) and the
/// Hong Kong registration mark (1 or 2 letters other than I, O, Q, then 1 to 4 digits, no leading zero).
/// </summary>
public static class RocarsReferences
{
    /// <summary>Pattern and check digit; a failing CCRN is R020 in an ACI and R031 in a bundle.</summary>
    public static bool IsCcrn(string? text) => text is not null && CcrnNumber.IsValid(text);

    public static string NewCcrn(DateOnly receivedAtDate, long sequence) => CcrnNumber.Create(receivedAtDate, sequence);

    /// <summary>Pattern with a real date; a malformed ref on DELETE is R034.</summary>
    public static bool IsBundleRef(string? text) =>
        ReferenceNumber.TryParse(text, out var reference) && reference!.Kind == ReferenceKind.BundleRef;

    public static string NewBundleRef(DateOnly receivedAtDate, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 99_999_999L);
        return FormattableString.Invariant($"B{receivedAtDate:yyMMdd}{sequence:D8}");
    }

    /// <summary>A valid Vrn, else R033.</summary>
    public static bool IsVrn(string? text)
    {
        if (text is null || text.Length is < 2 or > 6)
        {
            return false;
        }

        var letters = 0;
        while (letters < text.Length && text[letters] is >= 'A' and <= 'Z')
        {
            if (text[letters] is 'I' or 'O' or 'Q')
            {
                return false;
            }

            letters++;
        }

        var digits = text.AsSpan(letters);
        return letters is 1 or 2 && digits.Length is >= 1 and <= 4 && digits[0] != '0' &&
               Strangler.Contracts.CodeLists.CodeFormat.AllDigits(digits);
    }
}
