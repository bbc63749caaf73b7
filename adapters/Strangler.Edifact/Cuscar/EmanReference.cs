using Strangler.Contracts.CodeLists;
using Strangler.Contracts.References;

namespace Strangler.Edifact.Cuscar;

/// <summary>
/// The EMAN ref: <c>EM</c> + mode digit + <c>YYMMDD</c> (received-at date) + 7-digit sequence whose
/// first digit is the issuer's block, 16 characters (<c>EM12601150000001</c>).
/// </summary>
public static class EmanReference
{
    public const int Length = 16;

    public const int SequenceDigits = 7;

    /// <summary>Builds an EMAN ref; the mode must be one EMAN carries (1, 2, 4, 8).</summary>
    public static string Create(TransportMode mode, DateOnly receivedAtDate, long sequence)
    {
        if (!IsEmanMode(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "EMAN carries modes 1, 2, 4 and 8 only.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 9_999_999L);
        return string.Create(null, stackalloc char[Length], $"EM{mode.Code()}{receivedAtDate:yyMMdd}{sequence:D7}");
    }

    /// <summary>True when the text has the EMAN ref shape: EMAN mode, a real date, seven digits.</summary>
    public static bool IsWellFormed(string? text) =>
        ReferenceNumber.TryParse(text, out var reference) &&
        reference!.Kind == ReferenceKind.EmanRef &&
        reference.Mode is { } mode && IsEmanMode(mode);

    /// <summary>The modes EMAN carries: 1 maritime, 2 rail, 4 air, 8 inland water.</summary>
    public static bool IsEmanMode(TransportMode mode) => mode is not TransportMode.Road;

    /// <summary>Reads a TDT mode code as EMAN allows it (<c>E012</c> otherwise).</summary>
    public static bool TryParseMode(ReadOnlySpan<char> code, out TransportMode mode) =>
        TransportModes.TryParseCode(code, out mode) && IsEmanMode(mode);
}
