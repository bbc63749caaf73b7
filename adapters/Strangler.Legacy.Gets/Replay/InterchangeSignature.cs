using System.Security.Cryptography;
using System.Text;
using Strangler.Edifact.Envelope;

namespace Strangler.Legacy.Gets.Replay;

/// <summary>
/// What makes a resend the same interchange (edifact.md, "Replays"): the same message refs in the
/// same order, each message byte-identical from UNH to UNT's terminator once CR/LF between segments
/// are removed. Kept as one SHA-256 so a lookup is one row.
/// </summary>
public static class InterchangeSignature
{
    public static string Of(IReadOnlyList<EdifactMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var text = new StringBuilder();
        foreach (var message in messages)
        {
            // Refs are A-Z 0-9 and hashes hex, so these separators cannot be forged by content.
            text.Append(message.Reference).Append('=').Append(message.ContentHash()).Append(';');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(text.ToString())));
    }
}
