using System.Globalization;
using System.Text;

namespace Strangler.Facade.Comparison;

/// <summary>
/// Compares bodies byte for byte, for answers that cannot be read in their syntax and for non-2xx
/// answers. A difference shows each body's length and up to 32 bytes from the first differing byte,
/// printable ASCII as itself and every other byte as <c>\xNN</c>.
/// </summary>
internal static class RawBody
{
    private const int Shown = 32;

    public static AnswerDifference? Difference(ReadOnlySpan<byte> primary, ReadOnlySpan<byte> secondary)
    {
        if (primary.SequenceEqual(secondary))
        {
            return null;
        }

        var at = primary.CommonPrefixLength(secondary);
        return new AnswerDifference(FieldNames.Body, Describe(primary, at), Describe(secondary, at));
    }

    private static string Describe(ReadOnlySpan<byte> body, int at)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{body.Length} bytes");
        if (at >= body.Length)
        {
            return text.Append(CultureInfo.InvariantCulture, $", ending at byte {at}").ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $", from byte {at}: ");
        foreach (var b in body.Slice(at, Math.Min(Shown, body.Length - at)))
        {
            if (b is >= 0x20 and < 0x7F and not (byte)'\\')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"\\x{b:X2}");
            }
        }

        return text.ToString();
    }
}
