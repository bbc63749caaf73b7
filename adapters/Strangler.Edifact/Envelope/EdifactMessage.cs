using System.Security.Cryptography;
using System.Text;
using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Envelope;

/// <summary>
/// One message of an accepted envelope: its segments from UNH to UNT inclusive, its ref, its number
/// in the interchange (from 1), and the normalised bytes replay compares (the message from UNH to
/// UNT's terminator, CR/LF between segments removed).
/// </summary>
public sealed class EdifactMessage
{
    internal EdifactMessage(Interchange interchange, IReadOnlyList<Segment> segments, int number)
    {
        Interchange = interchange;
        Segments = segments;
        Number = number;
    }

    public Interchange Interchange { get; }

    /// <summary>UNH, the body, UNT.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    public int Number { get; }

    /// <summary>UNH element 1.</summary>
    public string Reference => Header.Value(1);

    public Segment Header => Segments[0];

    public Segment Trailer => Segments[^1];

    public char DecimalMark => Interchange.DecimalMark;

    /// <summary>The segments between UNH and UNT.</summary>
    public IEnumerable<Segment> Body => Segments.Skip(1).Take(Segments.Count - 2);

    /// <summary>The message as received from UNH to UNT's terminator, without CR/LF between segments, in UTF-8.</summary>
    public byte[] NormalisedBytes()
    {
        var text = new StringBuilder();
        foreach (var segment in Segments)
        {
            text.Append(Interchange.Text, segment.Offset, segment.Length);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>SHA-256 of <see cref="NormalisedBytes"/>, lower-case hex: what a store keeps to recognise a resend.</summary>
    public string ContentHash() => Convert.ToHexStringLower(SHA256.HashData(NormalisedBytes()));
}
