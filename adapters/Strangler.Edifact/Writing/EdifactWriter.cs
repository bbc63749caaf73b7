using System.Text;
using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Writing;

/// <summary>
/// Writes canonical EDIFACT, the only form answers and encoders produce: <c>UNA:+.? '</c> directly
/// followed by UNB, default separators, <c>.</c> decimal mark, data containing <c>+ : ' ?</c>
/// released, trailing empty elements and components left out, and one LF after every segment
/// terminator. Counts the segments of the open message for UNT.
/// </summary>
public sealed class EdifactWriter
{
    private readonly StringBuilder text = new();
    private int messageSegments;
    private int messages;

    /// <summary>Starts an interchange: UNA and the UNB elements given (syntax, sender, recipient, date/time, ref).</summary>
    public EdifactWriter(params string?[][] unbElements)
    {
        text.Append("UNA:+.? '");
        Segment("UNB", unbElements);
    }

    /// <summary>Messages opened so far (for UNZ).</summary>
    public int MessageCount => messages;

    /// <summary>Writes a segment; each element is its components, null or empty ones count as absent.</summary>
    public EdifactWriter Segment(string tag, params string?[][] elements)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        text.Append(tag);
        var last = elements.Length - 1;
        while (last >= 0 && LastPresent(elements[last]) < 0)
        {
            last--;
        }

        for (var e = 0; e <= last; e++)
        {
            text.Append('+');
            var components = elements[e];
            var lastComponent = LastPresent(components);
            for (var c = 0; c <= lastComponent; c++)
            {
                if (c > 0)
                {
                    text.Append(':');
                }

                AppendReleased(components[c]);
            }
        }

        text.Append("'\n");
        messageSegments++;
        return this;
    }

    /// <summary>Writes a segment read from a message (its values as they stand, re-released canonically).</summary>
    public EdifactWriter Segment(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var elements = new string?[segment.ElementCount][];
        for (var e = 1; e <= segment.ElementCount; e++)
        {
            elements[e - 1] = [.. segment.Components(e)];
        }

        return Segment(segment.Tag, elements);
    }

    /// <summary>UNH with the ref and the message identifier components; starts counting for UNT.</summary>
    public EdifactWriter BeginMessage(string reference, params string[] identifier)
    {
        messageSegments = 0;
        messages++;
        return Segment("UNH", [reference], identifier);
    }

    /// <summary>UNT with the number of segments from UNH to UNT inclusive.</summary>
    public EdifactWriter EndMessage(string reference) =>
        Segment("UNT", [(messageSegments + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)], [reference]);

    /// <summary>UNZ with the number of messages and the interchange ref; returns the UTF-8 bytes.</summary>
    public byte[] Finish(string interchangeRef)
    {
        Segment("UNZ", [messages.ToString(System.Globalization.CultureInfo.InvariantCulture)], [interchangeRef]);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public override string ToString() => text.ToString();

    private static int LastPresent(string?[] components)
    {
        var last = components.Length - 1;
        while (last >= 0 && string.IsNullOrEmpty(components[last]))
        {
            last--;
        }

        return last;
    }

    private void AppendReleased(string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var c in value)
        {
            if (c is '+' or ':' or '\'' or '?')
            {
                text.Append('?');
            }

            text.Append(c);
        }
    }
}
