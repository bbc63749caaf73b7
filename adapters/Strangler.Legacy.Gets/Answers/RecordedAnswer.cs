using System.Text;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Legacy.Gets.Answers;

/// <summary>
/// How the store keeps one CUSRES message: its canonical segment text (UNH to UNT, LF after each
/// terminator), the way the legacy system logged what it sent. Read back into the model to be copied
/// into a new answer interchange or a feed entry.
/// </summary>
public static class RecordedAnswer
{
    // Any valid answer envelope will do: only the message lines are kept.
    private static readonly AnswerEnvelope Wrapper =
        AnswerEnvelope.ForKey(EdifactInterface.Gets, "X", new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), "R0000000000000");

    public static string Text(CusresMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var written = Encoding.UTF8.GetString(CusresWriter.Write(CusresAnswers.Interchange(Wrapper, [message])));

        // Line 1 is UNA+UNB, the last line UNZ; every data character that could be a LF is not (answers release nothing as LF).
        var first = written.IndexOf('\n', StringComparison.Ordinal) + 1;
        var last = written.LastIndexOf("UNZ+", StringComparison.Ordinal);
        return written[first..last];
    }

    public static CusresMessage Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wrapped = Encoding.UTF8.GetString(CusresWriter.Write(CusresAnswers.Interchange(Wrapper, [])));
        var at = wrapped.LastIndexOf("UNZ+", StringComparison.Ordinal);
        var body = wrapped[..at] + text + "UNZ+1+" + Wrapper.InterchangeRef + "'\n";
        var read = CusresReader.Read(Encoding.UTF8.GetBytes(body));
        return read.Answer is { Messages.Count: 1 } answer
            ? answer.Messages[0]
            : throw new InvalidOperationException($"A recorded CUSRES answer could not be read back: {read.Problem}");
    }
}
