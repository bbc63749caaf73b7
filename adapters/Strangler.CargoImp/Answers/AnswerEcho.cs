using System.Buffers;
using System.Text;
using Strangler.CargoImp.Lines;

namespace Strangler.CargoImp.Answers;

/// <summary>
/// Lines 1 and 2 of a received message as an FMA or FNA echoes them: without the line ending, cut
/// to 69 characters, each invalid byte or character outside the Cargo-IMP set replaced by one
/// <c>.</c>, trailing spaces removed; a line then empty, or missing, is left out.
/// </summary>
public static class AnswerEcho
{
    public static IReadOnlyList<string> Lines(ReadOnlySpan<byte> request)
    {
        var body = LineReader.WithoutBom(request);
        var echo = new List<string>(2);
        var start = 0;
        for (var n = 0; n < 2 && start < body.Length; n++)
        {
            var rest = body[start..];
            var lf = rest.IndexOf((byte)'\n');
            var line = lf < 0 ? rest : rest[..lf];
            if (lf >= 0 && line.EndsWith("\r"u8))
            {
                line = line[..^1];
            }

            var text = Clean(line);
            if (text.Length > 0)
            {
                echo.Add(text);
            }

            start += lf < 0 ? rest.Length : lf + 1;
        }

        return echo;
    }

    // One output character per decoded character or per invalid byte, at most 69.
    private static string Clean(ReadOnlySpan<byte> line)
    {
        var text = new StringBuilder(CargoImpCharacters.MaxLineLength);
        while (!line.IsEmpty && text.Length < CargoImpCharacters.MaxLineLength)
        {
            if (System.Text.Rune.DecodeFromUtf8(line, out var rune, out var consumed) == OperationStatus.Done)
            {
                text.Append(rune.IsAscii && CargoImpCharacters.IsAllowed((char)rune.Value) ? (char)rune.Value : '.');
                line = line[consumed..];
            }
            else
            {
                text.Append('.');
                line = line[1..];
            }
        }

        return text.ToString().TrimEnd(' ');
    }
}
