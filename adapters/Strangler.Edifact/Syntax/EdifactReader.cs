using System.Text;
using System.Text.Unicode;

namespace Strangler.Edifact.Syntax;

/// <summary>
/// Reads a request body into segments (ISO 9735 as edifact.md fixes it): optional UNA with any six
/// service characters, release character, CR/LF allowed only between segments, trailing empty
/// elements and components dropped, character faults recorded per element. Never throws on input.
/// </summary>
public static class EdifactReader
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static Interchange Read(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(ByteOrderMark))
        {
            body = body[ByteOrderMark.Length..];
        }

        var isValid = Utf8.IsValid(body);
        var text = Encoding.UTF8.GetString(body);

        var characters = ServiceCharacters.Default;
        var hasUna = text.StartsWith("UNA", StringComparison.Ordinal);
        var unaFault = UnaFault.None;
        var start = 0;
        if (hasUna)
        {
            if (text.Length < 9)
            {
                unaFault = UnaFault.Unusable;
                start = text.Length;
            }
            else
            {
                var una = text.AsSpan(3, 6);
                var declared = new ServiceCharacters(una[0], una[1], una[2], una[3], una[4], una[5]);
                if (una.ContainsAny('\r', '\n'))
                {
                    unaFault = UnaFault.Character;
                }
                else if (!declared.AreUsable())
                {
                    unaFault = UnaFault.Unusable;
                }
                else
                {
                    characters = declared;
                }

                start = 9;
            }
        }

        var segments = Tokenise(text, start, characters);
        var repertoire = RepertoireOf(segments);
        if (hasUna && unaFault == UnaFault.None && !repertoire.AllowsAll(text.AsSpan(3, 6)))
        {
            unaFault = UnaFault.Character;
        }

        var checkedSegments = new Segment[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            checkedSegments[i] = CheckRepertoire(segments[i], repertoire, characters);
        }

        return new Interchange(text, isValid, hasUna, unaFault, characters, repertoire, checkedSegments);
    }

    // The repertoire comes from the UNB syntax identifier; until one is readable, UNOC (the widest).
    private static Repertoire RepertoireOf(List<RawSegment> segments) =>
        segments.Count > 0 && segments[0].Tag == "UNB" && Repertoires.TryParse(segments[0].Value(1), out var r)
            ? r
            : Repertoire.Unoc;

    private static List<RawSegment> Tokenise(string text, int start, ServiceCharacters sc)
    {
        var segments = new List<RawSegment>();
        var pos = start;
        var value = new StringBuilder();
        var components = new List<string>();
        var elements = new List<string[]>();
        while (pos < text.Length)
        {
            // Only CR and LF may stand between segments.
            if (text[pos] is '\r' or '\n')
            {
                pos++;
                continue;
            }

            var offset = pos;
            ulong faults = 0;
            var terminated = false;
            value.Clear();
            components.Clear();
            elements.Clear();
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c == sc.ReleaseCharacter)
                {
                    if (pos + 1 >= text.Length)
                    {
                        pos++;
                        break;
                    }

                    c = text[pos + 1];
                    pos += 2;
                    if (c is '\r' or '\n')
                    {
                        faults |= Segment.Bit(elements.Count);
                    }
                    else
                    {
                        value.Append(c);
                    }

                    continue;
                }

                pos++;
                if (c == sc.SegmentTerminator)
                {
                    terminated = true;
                    break;
                }

                if (c == sc.ElementSeparator)
                {
                    components.Add(value.ToString());
                    value.Clear();
                    elements.Add(Trim(components));
                    components.Clear();
                }
                else if (c == sc.ComponentSeparator)
                {
                    components.Add(value.ToString());
                    value.Clear();
                }
                else if (c is '\r' or '\n')
                {
                    faults |= Segment.Bit(elements.Count);
                }
                else
                {
                    value.Append(c);
                }
            }

            components.Add(value.ToString());
            elements.Add(Trim(components));
            segments.Add(new RawSegment(elements.ToArray(), segments.Count, offset, pos - offset, faults, terminated));
        }

        return segments;
    }

    private static string[] Trim(List<string> components)
    {
        var n = components.Count;
        while (n > 0 && components[n - 1].Length == 0)
        {
            n--;
        }

        return n == 0 ? [] : components.GetRange(0, n).ToArray();
    }

    private static Segment CheckRepertoire(RawSegment raw, Repertoire repertoire, ServiceCharacters sc)
    {
        var faults = raw.Faults;
        for (var e = 0; e < raw.Elements.Length; e++)
        {
            foreach (var component in raw.Elements[e])
            {
                if (!repertoire.AllowsAll(component))
                {
                    faults |= Segment.Bit(e);
                    break;
                }
            }
        }

        var tagElement = raw.Elements[0];
        var tag = tagElement.Length switch
        {
            0 => string.Empty,
            1 => tagElement[0],
            _ => string.Join(sc.ComponentSeparator, tagElement),
        };

        // Trailing empty data elements mean the same as absent ones.
        var count = raw.Elements.Length - 1;
        while (count > 0 && raw.Elements[count].Length == 0)
        {
            count--;
        }

        return new Segment(tag, raw.Elements[1..(count + 1)], raw.Index, raw.Offset, raw.Length, faults, raw.Terminated);
    }

    private readonly record struct RawSegment(string[][] Elements, int Index, int Offset, int Length, ulong Faults, bool Terminated)
    {
        public string Tag => Elements[0].Length == 1 ? Elements[0][0] : string.Empty;

        public string Value(int element) =>
            element < Elements.Length && Elements[element].Length > 0 ? Elements[element][0] : string.Empty;
    }
}
