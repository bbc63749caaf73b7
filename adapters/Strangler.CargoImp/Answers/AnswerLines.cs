using System.Text;

namespace Strangler.CargoImp.Answers;

/// <summary>Reads answer bodies back into lines: ASCII only, every line (the last too) ended by CRLF.</summary>
internal static class AnswerLines
{
    public static bool TrySplit(ReadOnlySpan<byte> body, out List<string> lines)
    {
        lines = [];
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b >= 0x80 || (b == (byte)'\r' && (i + 1 >= body.Length || body[i + 1] != (byte)'\n')) ||
                (b == (byte)'\n' && (i == 0 || body[i - 1] != (byte)'\r')))
            {
                return false;
            }

            if (b == (byte)'\n')
            {
                lines.Add(Encoding.ASCII.GetString(body[start..(i - 1)]));
                start = i + 1;
            }
        }

        return start == body.Length;
    }
}
