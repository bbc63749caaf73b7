using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.CodeLists;

namespace Strangler.Contracts.References;

/// <summary>The kinds of reference number the legacy interfaces issue.</summary>
public enum ReferenceKind
{
    /// <summary>GETS: <c>TD</c> + mode + YYMMDD + 7-digit sequence.</summary>
    TdecNumber,

    /// <summary>EMAN: <c>EM</c> + mode + YYMMDD + 7-digit sequence.</summary>
    EmanRef,

    /// <summary>ROCARS: <c>C</c> + YYMMDD + 8-digit sequence + check digit.</summary>
    Ccrn,

    /// <summary>ROCARS: <c>B</c> + YYMMDD + 8-digit sequence.</summary>
    BundleRef,

    /// <summary>ACCS: <c>A</c> + YYMMDD + 9-digit sequence.</summary>
    AccsReceipt,

    /// <summary>EDIFACT answers: <c>R</c> + block digit + 12-digit sequence that never restarts.</summary>
    AnswerInterchangeRef,
}

/// <summary>
/// A reference number read back into its parts: kind, issue date, mode where it has one, sequence
/// and issuer block. The facade routes follow-up messages by it.
/// </summary>
public sealed record ReferenceNumber(
    ReferenceKind Kind,
    string Text,
    DateOnly? IssueDate,
    TransportMode? Mode,
    long Sequence,
    IssuerBlock Issuer)
{
    public static bool TryParse(string? text, out ReferenceNumber? reference)
    {
        reference = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var s = text.AsSpan();
        if (s.Length == 16 && (s.StartsWith("TD") || s.StartsWith("EM")))
        {
            if (!TransportModes.TryParseCode(s.Slice(2, 1), out var mode) || !TryDate(s.Slice(3, 6), out var date) ||
                !CodeFormat.AllDigits(s[9..]))
            {
                return false;
            }

            var kind = s[0] == 'T' ? ReferenceKind.TdecNumber : ReferenceKind.EmanRef;
            reference = new(kind, text, date, mode, long.Parse(s[9..]), IssuerBlocks.FromDigit(s[9]));
            return true;
        }

        if (s.Length == 16 && s[0] == 'C')
        {
            if (!CcrnNumber.IsValid(s) || !TryDate(s.Slice(1, 6), out var date))
            {
                return false;
            }

            reference = new(ReferenceKind.Ccrn, text, date, TransportMode.Road, long.Parse(s.Slice(7, 8)), IssuerBlocks.FromDigit(s[7]));
            return true;
        }

        if ((s.Length == 15 && s[0] == 'B') || (s.Length == 16 && s[0] == 'A'))
        {
            if (!CodeFormat.AllDigits(s[1..]) || !TryDate(s.Slice(1, 6), out var date))
            {
                return false;
            }

            var kind = s[0] == 'B' ? ReferenceKind.BundleRef : ReferenceKind.AccsReceipt;
            TransportMode? mode = s[0] == 'B' ? TransportMode.Road : TransportMode.Air;
            reference = new(kind, text, date, mode, long.Parse(s[7..]), IssuerBlocks.FromDigit(s[7]));
            return true;
        }

        if (s.Length == 14 && s[0] == 'R' && CodeFormat.AllDigits(s[1..]))
        {
            reference = new(ReferenceKind.AnswerInterchangeRef, text, null, null, long.Parse(s[2..]), IssuerBlocks.FromDigit(s[1]));
            return true;
        }

        return false;
    }

    private static bool TryDate(ReadOnlySpan<char> yymmdd, out DateOnly date) =>
        DateOnly.TryParseExact(yymmdd, "yyMMdd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out date);
}
