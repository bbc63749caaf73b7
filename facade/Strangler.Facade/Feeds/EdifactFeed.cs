using System.Globalization;
using System.Text;
using Strangler.Contracts.Time;
using Strangler.Edifact.Syntax;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Feeds;

/// <summary>
/// The GETS acknowledgement feed and the EMAN notice feed (gets.md "Service hours", eman.md "Notices"): one CUSRES
/// interchange whose messages carry <c>RFF+ACD:&lt;cursor&gt;</c>. Both systems write canonical EDIFACT (default
/// service characters, an LF after every segment), so an entry is kept as its segments' text and only UNH, UNT and
/// RFF+ACD are rewritten when served; an answer in any other form is treated as unreadable.
/// </summary>
internal static class EdifactFeed
{
    public static FeedPage? Read(ContractInterface contractInterface, ReadOnlySpan<byte> body)
    {
        var interchange = EdifactReader.Read(body);
        var segments = interchange.Segments;
        if (!interchange.IsValidUtf8 || interchange.UnaFault != UnaFault.None || interchange.Characters != ServiceCharacters.Default ||
            segments.Count < 2 || segments[0].Tag != "UNB" || segments[^1].Tag != "UNZ" ||
            segments.Any(s => !s.IsTerminated || s.HasCharacterFault))
        {
            return null;
        }

        var entries = new List<FeedEntry>();
        for (var i = 1; i < segments.Count - 1;)
        {
            if (segments[i].Tag != "UNH")
            {
                return null;
            }

            var end = i;
            while (end < segments.Count - 1 && segments[end].Tag != "UNT")
            {
                end++;
            }

            if (end == segments.Count - 1 || ReadMessage(contractInterface, interchange, segments, i, end) is not { } entry)
            {
                return null;
            }

            entries.Add(entry);
            i = end + 1;
        }

        var unb = segments[0];
        return new FeedPage(entries, interchange.Text[..(unb.Offset + unb.Length)], unb.Value(5));
    }

    /// <summary>The opening as received, the entries numbered 1..n with their facade cursors, <c>UNZ+n+ref</c>.</summary>
    public static byte[] Write(FeedPage envelope, IReadOnlyList<ServedEntry> entries)
    {
        var text = new StringBuilder(envelope.EnvelopeOpening).Append('\n');
        var n = 0;
        foreach (var entry in entries)
        {
            n++;
            foreach (var line in Encoding.UTF8.GetString(entry.Body).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append(Rewrite(line, n, entry.Cursor)).Append('\n');
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"UNZ+{n}+{envelope.InterchangeRef}'\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static FeedEntry? ReadMessage(ContractInterface contractInterface, Interchange interchange, IReadOnlyList<Segment> segments, int first, int last)
    {
        long? cursor = null;
        DateTimeOffset? at = null;
        string? reference = null;
        var body = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            var segment = segments[i];
            body.Append(segment.RawText(interchange)).Append('\n');
            switch (segment.Tag)
            {
                case "RFF" when segment.Value(1) == "ACD" && cursor is null:
                    cursor = long.TryParse(segment.Value(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c >= 1 ? c : null;
                    break;
                case "RFF" when segment.Value(1) == "ABT" && contractInterface == ContractInterface.Gets:
                    reference ??= segment.Value(1, 2);
                    break;
                case "BGM" when contractInterface == ContractInterface.Eman:
                    reference ??= segment.Value(2);
                    break;
                case "DTM" when segment.Value(1) == "182" && at is null:
                    at = DateTime.TryParseExact(segment.Value(1, 2), "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                        ? new DateTimeOffset(local, HongKongTime.Offset) : null;
                    break;
            }
        }

        // Every feed entry carries its cursor; without one the answer is not a feed this facade can merge.
        return cursor is { } value ? new FeedEntry(value, string.IsNullOrEmpty(reference) ? null : reference, at, Encoding.UTF8.GetBytes(body.ToString())) : null;
    }

    private static string Rewrite(string segment, int messageRef, long cursor)
    {
        if (segment.StartsWith("UNH+", StringComparison.Ordinal) && segment.IndexOf('+', 4) is var unh and > 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"UNH+{messageRef}{segment[unh..]}");
        }

        if (segment.StartsWith("UNT+", StringComparison.Ordinal) && segment.IndexOf('+', 4) is var unt and > 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"UNT+{segment[4..unt]}+{messageRef}'");
        }

        return segment.StartsWith("RFF+ACD:", StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"RFF+ACD:{cursor}'")
            : segment;
    }
}
