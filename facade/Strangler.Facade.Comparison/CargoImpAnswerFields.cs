using System.Text;
using System.Text.Unicode;

namespace Strangler.Facade.Comparison;

/// <summary>
/// Reads an ACCS Cargo-IMP answer into one field per line: <c>line 2</c> for an FMA, FNA or CSN; in
/// the status feed, where an empty line follows each CSN, <c>entry 3 line 2</c> for the third entry.
/// Names carry no message type, so that an FMA against an FNA differs in lines 1 and 2 only (the
/// type is in <see cref="AnswerFields.MessageType"/>). Every entry must open with a message
/// identifier (<c>FMA/1</c>), else the body is unreadable. CRLF and LF line endings are not a
/// difference. An empty body (an empty feed) has no fields.
/// </summary>
internal static class CargoImpAnswerFields
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static AnswerFields? Read(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(ByteOrderMark))
        {
            body = body[ByteOrderMark.Length..];
        }

        if (!Utf8.IsValid(body))
        {
            return null;
        }

        var lines = Lines(Encoding.UTF8.GetString(body));
        var isFeed = lines.Contains(string.Empty);
        var fields = new List<ComparedField>(lines.Count);
        string? firstType = null;
        var entry = 0;
        var lineInEntry = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                lineInEntry = 0;
                continue;
            }

            if (lineInEntry == 0)
            {
                if (!TryMessageType(line, out var type))
                {
                    return null;
                }

                firstType ??= type;
                entry++;
            }

            lineInEntry++;
            var name = isFeed ? $"entry {entry} line {lineInEntry}" : $"line {lineInEntry}";
            fields.Add(new ComparedField(name, line, Compared(line, lineInEntry)));
        }

        return new AnswerFields(fields, firstType);
    }

    // Lines without their endings; the final line break ends the last line rather than opening an empty one.
    private static List<string> Lines(string text)
    {
        var lines = new List<string>(text.Split('\n'));
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].EndsWith('\r'))
            {
                lines[i] = lines[i][..^1];
            }
        }

        return lines;
    }

    // Line 1 of every answer message is its identifier and version: FMA/1, FNA/1, CSN/1.
    private static bool TryMessageType(string line, out string? type)
    {
        type = null;
        if (line.Length < 5 || line[3] != '/' || line.AsSpan(0, 3).ContainsAnyExceptInRange('A', 'Z') ||
            line.AsSpan(4).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        type = line[..3];
        return true;
    }

    // The receipt number of ACK/ACCEPTED/<receipt> is compared by format only.
    private static string Compared(string line, int lineInEntry) =>
        lineInEntry == 2 && line.StartsWith(FieldNames.AccsAcceptance, StringComparison.Ordinal)
            ? FieldNames.AccsAcceptance + IssuedReferenceFormat.Compared(line[FieldNames.AccsAcceptance.Length..])
            : line;
}
