using System.Globalization;
using System.Text;
using Strangler.Edifact.Cusres;

namespace Strangler.Core.Eman.Answers;

/// <summary>
/// Answer interchanges assembled from message texts, so that a recorded CUSRES (UNH to UNT, as first written) can be
/// copied into a new interchange next to fresh ones. The canonical writer puts one LF after every terminator and data
/// never holds CR or LF, so each line is exactly one segment.
/// </summary>
internal static class AnswerText
{
    /// <summary>The segments of <paramref name="message"/> from UNH to UNT, each followed by LF.</summary>
    public static string Message(AnswerEnvelope envelope, CusresMessage message)
    {
        var text = Encoding.UTF8.GetString(CusresWriter.Write(CusresAnswers.Interchange(envelope, [message])));
        var lines = Lines(text);
        var start = lines.FindIndex(l => l.StartsWith("UNH+", StringComparison.Ordinal));
        var end = lines.FindLastIndex(l => l.StartsWith("UNT+", StringComparison.Ordinal));
        return string.Concat(lines.Skip(start).Take(end - start + 1));
    }

    /// <summary>UNA, UNB of <paramref name="envelope"/>, the messages as given, and UNZ.</summary>
    public static byte[] Interchange(AnswerEnvelope envelope, IReadOnlyList<string> messages)
    {
        var empty = Encoding.UTF8.GetString(CusresWriter.Write(CusresAnswers.Interchange(envelope, [])));
        var text = new StringBuilder(empty[..empty.LastIndexOf("UNZ+", StringComparison.Ordinal)]);
        foreach (var message in messages)
        {
            text.Append(message);
        }

        text.Append(CultureInfo.InvariantCulture, $"UNZ+{messages.Count}+{envelope.InterchangeRef}'\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', start))
        {
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }

        return lines;
    }
}
