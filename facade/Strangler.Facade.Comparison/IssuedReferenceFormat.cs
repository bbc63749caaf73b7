using Strangler.Contracts.References;

namespace Strangler.Facade.Comparison;

/// <summary>
/// The compared form of an issued reference: its kind and transport mode when it is well formed
/// (so two well-formed references of the same kind are equal whoever issued them), else the text
/// itself (so a malformed reference still differs from a well-formed one).
/// </summary>
internal static class IssuedReferenceFormat
{
    // No valid answer of the three syntaxes holds a NUL, so this form is never mistaken for a written value.
    private const char Marker = '\0';

    public static string Compared(string text) =>
        ReferenceNumber.TryParse(text, out var reference)
            ? $"{Marker}{reference!.Kind}:{reference.Mode}"
            : text;
}
