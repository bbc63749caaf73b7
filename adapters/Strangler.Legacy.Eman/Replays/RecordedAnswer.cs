using System.Text;
using Strangler.Contracts.Collections;
using Strangler.Edifact.Cusres;

namespace Strangler.Legacy.Eman.Replays;

/// <summary>
/// One answered CUSRES message as the message log keeps it: its segments from UNH to UNT exactly as
/// written, read back into the model when a resend copies it into a new answer interchange.
/// </summary>
internal static class RecordedAnswer
{
    private const string DummyRef = "R0000000000000";

    private static readonly AnswerEnvelope Dummy =
        new("UNOC", "3", "HKEMAN", "X", new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), DummyRef);

    public static byte[] ToBytes(CusresMessage message)
    {
        var written = Encoding.UTF8.GetString(CusresWriter.Write(new CusresInterchange(Dummy, EquatableList.Of(message))));
        var start = written.IndexOf('\n', StringComparison.Ordinal) + 1;
        var end = written.LastIndexOf("UNZ+", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(written[start..end]);
    }

    public static CusresMessage FromBytes(byte[] recorded)
    {
        var unb = Encoding.UTF8.GetString(CusresWriter.Write(new CusresInterchange(Dummy, EquatableList<CusresMessage>.Empty)));
        var opening = unb[..(unb.IndexOf('\n', StringComparison.Ordinal) + 1)];
        var text = opening + Encoding.UTF8.GetString(recorded) + $"UNZ+1+{DummyRef}'\n";
        var read = CusresReader.Read(Encoding.UTF8.GetBytes(text));
        return read.Answer is { Messages.Count: 1 } answer
            ? answer.Messages[0]
            : throw new InvalidOperationException($"A recorded answer cannot be read back: {read.Problem}");
    }
}
