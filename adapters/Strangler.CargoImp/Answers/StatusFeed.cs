using Strangler.CargoImp.Lines;

namespace Strangler.CargoImp.Answers;

/// <summary>
/// The body of <c>GET /accs/v1/status?after=</c>: each CSN followed by <c>CUR/&lt;cursor&gt;</c> and
/// an empty line; an empty body when there is none.
/// </summary>
public static class StatusFeed
{
    public static byte[] Write(IEnumerable<StatusFeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var w = new LineWriter();
        foreach (var entry in entries)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(entry.Cursor, 1L);
            entry.Notification.Write(w).Line($"CUR/{entry.Cursor}").EmptyLine();
        }

        return w.ToBytes();
    }

    public static bool TryRead(ReadOnlySpan<byte> body, out IReadOnlyList<StatusFeedEntry> entries)
    {
        var read = new List<StatusFeedEntry>();
        entries = read;
        if (!AnswerLines.TrySplit(body, out var lines) || lines.Count % 5 != 0)
        {
            return false;
        }

        for (var at = 0; at < lines.Count; at += 5)
        {
            if (!CustomsStatusNotification.TryRead(lines, at, out var csn) ||
                !lines[at + 3].StartsWith("CUR/", StringComparison.Ordinal) ||
                !CargoImpCharacters.IsDigits(lines[at + 3].AsSpan(4), 1, 18) || lines[at + 3][4] == '0' ||
                lines[at + 4].Length != 0)
            {
                return false;
            }

            read.Add(new StatusFeedEntry(csn!, long.Parse(lines[at + 3].AsSpan(4))));
        }

        return true;
    }
}
