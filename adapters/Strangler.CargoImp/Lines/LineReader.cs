using System.Text;
using Strangler.Contracts.Checking;

namespace Strangler.CargoImp.Lines;

/// <summary>
/// Splits a Cargo-IMP body into lines and applies the checks that look at the body as a whole, in
/// the contract's order: A002 over the whole body, A003 per line then for the message, A001 on line 1.
/// </summary>
internal static class LineReader
{
    /// <summary>
    /// Reads the lines (trailing spaces removed, line endings dropped). On success the first line is
    /// a known message identifier and <paramref name="type"/> says which.
    /// </summary>
    public static ContractError? Read(ReadOnlySpan<byte> body, out List<string> lines, out CargoImpMessageType type)
    {
        lines = [];
        type = default;
        body = WithoutBom(body);

        var bad = FirstNotAllowed(body);
        if (bad >= 0)
        {
            return AccsErrors.AtLine(AccsErrors.CharacterNotAllowed, LineNumberAt(body, bad), $"byte 0x{body[bad]:X2} not allowed");
        }

        var lineEndings = Split(body, lines);

        var messageLength = 2 * lineEndings;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > CargoImpCharacters.MaxLineLength)
            {
                return AccsErrors.AtLine(AccsErrors.TooLong, i + 1, $"{lines[i].Length} characters");
            }

            messageLength += lines[i].Length;
        }

        if (messageLength > CargoImpCharacters.MaxMessageLength)
        {
            return AccsErrors.Create(AccsErrors.TooLong, $"message of {messageLength} characters");
        }

        if (lines.Count == 0 || !CargoImpMessageTypes.TryParseIdentifier(lines[0], out type))
        {
            return AccsErrors.Create(AccsErrors.UnknownMessageType, "line 1");
        }

        return null;
    }

    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> body) =>
        body.StartsWith("\uFEFF"u8) ? body[3..] : body;

    // The index of the first byte that is neither an allowed character, an LF, nor a CR before an LF; -1 if none.
    private static int FirstNotAllowed(ReadOnlySpan<byte> body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b == (byte)'\n' || CargoImpCharacters.IsAllowed(b))
            {
                continue;
            }

            if (b == (byte)'\r' && i + 1 < body.Length && body[i + 1] == (byte)'\n')
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    // Lines end at LF (a CR before it belongs to the ending); the text after the last LF, if any, is the last line.
    private static int Split(ReadOnlySpan<byte> body, List<string> lines)
    {
        var endings = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != (byte)'\n')
            {
                continue;
            }

            var end = i > start && body[i - 1] == (byte)'\r' ? i - 1 : i;
            lines.Add(TrimmedText(body[start..end]));
            endings++;
            start = i + 1;
        }

        if (start < body.Length)
        {
            lines.Add(TrimmedText(body[start..]));
        }

        return endings;
    }

    private static string TrimmedText(ReadOnlySpan<byte> line) => Encoding.ASCII.GetString(line.TrimEnd((byte)' '));

    private static int LineNumberAt(ReadOnlySpan<byte> body, int index) => body[..index].Count((byte)'\n') + 1;
}
