using Strangler.Contracts.Checking;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Envelope;

/// <summary>
/// The envelope checks of edifact.md ("Envelope"): invalid UTF-8 first (<c>E002</c>), then the first
/// fault in byte order: a character in UNA, UNB or UNZ is <c>E002</c>, anything else <c>E001</c>.
/// </summary>
public static class EnvelopeReader
{
    public const int MaxMessages = 999;

    public static InterchangeEnvelope Open(ReadOnlySpan<byte> body, EdifactInterface edifactInterface) =>
        Open(EdifactReader.Read(body), edifactInterface);

    public static InterchangeEnvelope Open(Interchange interchange, EdifactInterface edifactInterface)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        var header = EnvelopeHeader.Read(interchange);
        var messages = new List<EdifactMessage>();
        var fault = FirstFault(interchange, edifactInterface, messages);
        return fault is null
            ? new InterchangeEnvelope(edifactInterface, interchange, header, messages, null)
            : new InterchangeEnvelope(edifactInterface, interchange, header, [], EdifactErrors.Of(fault.Value.Code, fault.Value.Where));
    }

    /// <summary>True for 1 to 14 characters of A-Z 0-9 (interchange and message refs).</summary>
    public static bool IsReference(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > 14)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Code, string Where)? FirstFault(Interchange interchange, EdifactInterface edifactInterface, List<EdifactMessage> messages)
    {
        if (!interchange.IsValidUtf8)
        {
            return (EdifactErrors.Character, "invalid UTF-8");
        }

        switch (interchange.UnaFault)
        {
            case UnaFault.Character: return (EdifactErrors.Character, "UNA");
            case UnaFault.Unusable: return (EdifactErrors.Envelope, "UNA");
        }

        var segments = interchange.Segments;
        if (segments.Count == 0 || segments[0].Tag != "UNB")
        {
            return (EdifactErrors.Envelope, "no UNB");
        }

        var unb = segments[0];
        if (CheckUnb(unb, edifactInterface) is { } unbFault)
        {
            return unbFault;
        }

        var refs = new HashSet<string>(StringComparer.Ordinal);
        var messageStart = -1;
        for (var i = 1; i < segments.Count; i++)
        {
            var segment = segments[i];
            var where = $"segment {i + 1} {segment.Tag}";
            if (!segment.IsTerminated)
            {
                return (EdifactErrors.Envelope, where + " not terminated");
            }

            switch (segment.Tag)
            {
                case "UNB" or "UNG" or "UNE":
                    return (EdifactErrors.Envelope, where);
                case "UNH":
                    if (messageStart >= 0 || !IsReference(segment.Value(1)) || !refs.Add(segment.Value(1)) || refs.Count > MaxMessages)
                    {
                        return (EdifactErrors.Envelope, where);
                    }

                    messageStart = i;
                    break;
                case "UNT":
                    if (messageStart < 0)
                    {
                        return (EdifactErrors.Envelope, where);
                    }

                    messages.Add(new EdifactMessage(interchange, Slice(segments, messageStart, i), messages.Count + 1));
                    messageStart = -1;
                    break;
                case "UNZ":
                    if (messageStart >= 0)
                    {
                        return (EdifactErrors.Envelope, where);
                    }

                    return CheckUnz(segment, unb, messages.Count, i == segments.Count - 1);
                default:
                    if (messageStart < 0)
                    {
                        return (EdifactErrors.Envelope, where + " outside a message");
                    }

                    break;
            }
        }

        return (EdifactErrors.Envelope, "UNZ missing");
    }

    private static (string Code, string Where)? CheckUnb(Segment unb, EdifactInterface edifactInterface)
    {
        for (var e = 0; e <= Math.Max(5, unb.ElementCount); e++)
        {
            if (unb.HasFaultIn(e))
            {
                return (EdifactErrors.Character, $"UNB element {e}");
            }

            var valid = e switch
            {
                1 => unb.Value(1) is "UNOA" or "UNOB" or "UNOC" && unb.Value(1, 2) is "2" or "3",
                2 => unb.Value(2).Length is >= 1 and <= 35,
                3 => unb.Value(3) == edifactInterface.PartyId() && unb.Value(3, 2) == "ZZZ",
                5 => IsReference(unb.Value(5)),
                _ => true,
            };
            if (!valid)
            {
                return (EdifactErrors.Envelope, $"UNB element {e}");
            }
        }

        // A CR/LF fault can sit in an element that holds nothing else (and so was dropped as trailing).
        if (unb.HasCharacterFault)
        {
            return (EdifactErrors.Character, "UNB");
        }

        return unb.IsTerminated ? null : (EdifactErrors.Envelope, "UNB not terminated");
    }

    private static (string Code, string Where)? CheckUnz(Segment unz, Segment unb, int messageCount, bool isLast)
    {
        for (var e = 0; e <= Math.Max(2, unz.ElementCount); e++)
        {
            if (unz.HasFaultIn(e))
            {
                return (EdifactErrors.Character, $"UNZ element {e}");
            }

            var valid = e switch
            {
                1 => IsCount(unz.Value(1), messageCount) && messageCount is >= 1 and <= MaxMessages,
                2 => unz.Value(2) == unb.Value(5),
                _ => e == 0 || !unz.Has(e),
            };
            if (!valid)
            {
                return (EdifactErrors.Envelope, $"UNZ element {e}");
            }
        }

        if (unz.HasCharacterFault)
        {
            return (EdifactErrors.Character, "UNZ");
        }

        // Only CR/LF may follow UNZ; the reader already dropped those.
        return isLast ? null : (EdifactErrors.Envelope, "data after UNZ");
    }

    // Counts compare numerically (01 equals 1).
    private static bool IsCount(string s, int expected) =>
        s.Length is >= 1 and <= 6 && Strangler.Contracts.CodeLists.CodeFormat.AllDigits(s) && int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) == expected;

    private static Segment[] Slice(IReadOnlyList<Segment> segments, int from, int to)
    {
        var slice = new Segment[to - from + 1];
        for (var i = from; i <= to; i++)
        {
            slice[i - from] = segments[i];
        }

        return slice;
    }
}
