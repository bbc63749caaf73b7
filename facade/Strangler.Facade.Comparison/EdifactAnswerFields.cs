using System.Text;
using Strangler.Edifact.Syntax;

namespace Strangler.Facade.Comparison;

/// <summary>
/// Reads a CUSRES answer interchange (GETS, EMAN) into fields with the codec's tokeniser, honouring
/// the UNA's service characters: <c>UNA</c>, <c>UNB.1</c> … <c>UNB.5</c>, one field per segment of each
/// message (<c>CUSRES[M1].BGM</c>, <c>CUSRES[M1].RFF+ABT</c>, <c>CUSRES[M1].ERC[2]</c>), <c>UNZ.1</c>, <c>UNZ.2</c>.
/// Values are shown in canonical syntax (default separators, releases), so that a different UNA
/// or layout between segments is not a difference.
/// </summary>
internal static class EdifactAnswerFields
{
    private const string DefaultMessageType = "CUSRES";

    // Segments whose first element is a qualifier name the field with it: MOA+161, RFF+ABT, DTM+182.
    private static readonly HashSet<string> QualifiedTags = new(StringComparer.Ordinal)
    {
        "DTM", "RFF", "MOA", "FTX", "NAD", "LOC", "QTY", "MEA", "CNT", "TDT",
    };

    public static AnswerFields? Read(ReadOnlySpan<byte> body, bool bgmMayHoldIssuedReference)
    {
        var interchange = EdifactReader.Read(body);
        var segments = interchange.Segments;
        if (!interchange.IsValidUtf8 || interchange.UnaFault != UnaFault.None || segments.Count < 2 ||
            segments[0].Tag != "UNB" || segments[^1].Tag != "UNZ" || segments.Any(s => !s.IsTerminated))
        {
            return null;
        }

        var fields = new List<ComparedField>(segments.Count + 8);
        if (interchange.HasUna)
        {
            fields.Add(ComparedField.Exact("UNA", interchange.Characters.ToString()));
        }

        AddEnvelope(fields, segments[0], FieldNames.UnbInterchangeRef);
        string? firstType = null;
        string? message = null;
        var messages = new FieldOccurrences();
        var inMessage = new FieldOccurrences();
        var outside = new FieldOccurrences();
        for (var i = 1; i < segments.Count - 1; i++)
        {
            var segment = segments[i];
            if (segment.Tag == "UNH")
            {
                var type = segment.Value(2);
                firstType ??= type;
                message = messages.Next($"{type}[{segment.Value(1)}]");
                inMessage.Clear();
            }

            var key = KeyOf(segment);
            var name = message is null ? outside.Next(key) : $"{message}.{inMessage.Next(key)}";
            fields.Add(new ComparedField(name, Render(segment), Compared(segment, key, bgmMayHoldIssuedReference)));
            if (segment.Tag == "UNT")
            {
                message = null;
            }
        }

        AddEnvelope(fields, segments[^1], FieldNames.UnzInterchangeRef);

        // An empty feed (UNZ+0) is still a CUSRES interchange: GETS and EMAN answer nothing else.
        return new AnswerFields(fields, string.IsNullOrEmpty(firstType) ? DefaultMessageType : firstType);
    }

    // UNB and UNZ are compared element by element, so that the declared rules can name UNB.4, UNB.5 and UNZ.2.
    private static void AddEnvelope(List<ComparedField> fields, Segment segment, string interchangeRefField)
    {
        for (var e = 1; e <= segment.ElementCount; e++)
        {
            var name = $"{segment.Tag}.{e}";
            var shown = RenderElement(segment.Components(e));
            var compared = name switch
            {
                FieldNames.UnbDateTime => string.Empty,
                _ when name == interchangeRefField => IssuedReferenceFormat.Compared(shown),
                _ => shown,
            };
            fields.Add(new ComparedField(name, shown, compared));
        }
    }

    private static string KeyOf(Segment segment)
    {
        var tag = segment.Tag.Length == 0 ? "(no tag)" : segment.Tag;
        var qualifier = segment.Value(1);
        return QualifiedTags.Contains(tag) && qualifier.Length > 0 ? $"{tag}+{qualifier}" : tag;
    }

    private static string Compared(Segment segment, string key, bool bgmMayHoldIssuedReference)
    {
        if (key == FieldNames.AnswerIssuedReference)
        {
            return Render(segment, 1, 2, IssuedReferenceFormat.Compared(segment.Value(1, 2)));
        }

        if (bgmMayHoldIssuedReference && key == FieldNames.NoticeDocumentNumber)
        {
            return Render(segment, 2, 1, IssuedReferenceFormat.Compared(segment.Value(2)));
        }

        return Render(segment);
    }

    /// <summary>The segment in canonical syntax; one component may be replaced by its compared form.</summary>
    private static string Render(Segment segment, int element = 0, int component = 0, string? replacement = null)
    {
        var text = new StringBuilder(segment.Tag);
        for (var e = 1; e <= segment.ElementCount; e++)
        {
            text.Append('+');
            var components = segment.Components(e);
            for (var c = 1; c <= Math.Max(components.Count, e == element ? component : 0); c++)
            {
                if (c > 1)
                {
                    text.Append(':');
                }

                if (e == element && c == component)
                {
                    text.Append(replacement);
                }
                else if (c <= components.Count)
                {
                    AppendReleased(text, components[c - 1]);
                }
            }
        }

        return text.ToString();
    }

    private static string RenderElement(IReadOnlyList<string> components)
    {
        var text = new StringBuilder();
        for (var c = 0; c < components.Count; c++)
        {
            if (c > 0)
            {
                text.Append(':');
            }

            AppendReleased(text, components[c]);
        }

        return text.ToString();
    }

    private static void AppendReleased(StringBuilder text, string value)
    {
        foreach (var ch in value)
        {
            if (ch is '?' or '+' or ':' or '\'')
            {
                text.Append('?');
            }

            text.Append(ch);
        }
    }
}
