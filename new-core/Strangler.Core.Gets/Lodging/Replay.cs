using System.Security.Cryptography;
using System.Text;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Core.Gets.Lodging;

/// <summary>
/// The request identities of edifact.md "Replays" in the request log: a whole interchange (same refs in the same
/// order, each message byte-identical from UNH to UNT) and each message by its interchange and message ref.
/// </summary>
internal static class Replay
{
    public const string Interface = "gets";

    public static string InterchangeId(string interchangeRef) => "ic:" + interchangeRef;

    public static string MessageId(string interchangeRef, string messageRef) => "msg:" + interchangeRef + ":" + messageRef;

    /// <summary>Hash of the message refs in order with each message's normalised content hash.</summary>
    public static string InterchangeHash(IEnumerable<EdifactMessage> messages)
    {
        var text = new StringBuilder();
        foreach (var message in messages)
        {
            text.Append(message.Reference).Append(' ').Append(message.ContentHash()).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>A recorded message answer is kept as a one-message interchange; this reads its CUSRES back, or null.</summary>
    public static CusresMessage? RecordedMessage(byte[] recorded)
    {
        var read = CusresReader.Read(recorded);
        return read.Answer is { Messages.Count: 1 } answer ? answer.Messages[0] : null;
    }
}
