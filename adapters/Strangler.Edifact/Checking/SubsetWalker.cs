using Strangler.Contracts.Checking;
using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Checking;

/// <summary>
/// Phase 3: walks a message's segments with a cursor over the subset table rows (nested groups
/// included) and reports the first structural error: <c>E002</c> character fault, <c>E004</c> no
/// matching row at or after the cursor, <c>E005</c> mandatory row skipped or unmatched at UNT or
/// mandatory element missing, <c>E006</c> element too long, wrong format or not used by the table.
/// </summary>
public static class SubsetWalker
{
    private static readonly SegmentRow Unh = Subset.Segment("UNH", Presence.Mandatory, 1, null,
        Subset.Mel(ValueFormat.Rule),
        Subset.El(Presence.Mandatory, Subset.M(ValueFormat.Rule), Subset.M(ValueFormat.Rule), Subset.M(ValueFormat.Rule),
            Subset.M(ValueFormat.Rule), Subset.M(ValueFormat.Rule)));

    private static readonly SegmentRow Unt = Subset.Segment("UNT", Presence.Mandatory, 1, null,
        Subset.Mel(ValueFormat.Rule), Subset.Mel(ValueFormat.Rule));

    /// <summary>The first structural error of the message (UNH to UNT), or null.</summary>
    public static ContractError? Walk(IReadOnlyList<Segment> message, SubsetTable table)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(table);
        if (message.Count < 2)
        {
            throw new ArgumentException("A message runs from UNH to UNT.", nameof(message));
        }

        if (Elements(message[0], Unh, 1) is { } unhError)
        {
            return unhError;
        }

        var stack = new List<Frame> { new(table.Rows, -1) };
        for (var i = 1; i < message.Count - 1; i++)
        {
            var segment = message[i];
            var where = Where(segment, i + 1);
            if (segment.HasCharacterFault)
            {
                return EdifactErrors.Of(EdifactErrors.Character, where);
            }

            if (!TryPlace(stack, segment, out var level, out var row))
            {
                return EdifactErrors.Of(EdifactErrors.Segment, where);
            }

            if (Skipped(stack, level, row) is { } skipped)
            {
                return EdifactErrors.Of(EdifactErrors.Missing, $"{skipped} before {where}");
            }

            stack.RemoveRange(level + 1, stack.Count - level - 1);
            var frame = stack[level];
            frame.Cursor = row;
            frame.Counts[row]++;
            var matched = frame.Rows[row];
            if (matched is GroupRow group)
            {
                var inner = new Frame(group.Rows, 0);
                inner.Counts[0] = 1;
                stack.Add(inner);
                matched = group.Trigger;
            }

            if (Elements(segment, (SegmentRow)matched, i + 1) is { } elementError)
            {
                return elementError;
            }
        }

        var trailer = message[^1];
        if (Elements(trailer, Unt, message.Count) is { } untError)
        {
            return untError;
        }

        return Skipped(stack, -1, 0) is { } missing
            ? EdifactErrors.Of(EdifactErrors.Missing, $"{missing} before UNT")
            : null;
    }

    // Looks for a row matching the segment at or after the cursor, innermost group first.
    private static bool TryPlace(List<Frame> stack, Segment segment, out int level, out int row)
    {
        for (level = stack.Count - 1; level >= 0; level--)
        {
            var frame = stack[level];
            for (row = Math.Max(frame.Cursor, 0); row < frame.Rows.Count; row++)
            {
                var candidate = frame.Rows[row];
                if (candidate.Presence == Presence.NotUsed || (row == frame.Cursor && frame.Counts[row] >= candidate.MaxRepeats))
                {
                    continue;
                }

                if (candidate.Matches(segment))
                {
                    return true;
                }
            }
        }

        level = -1;
        row = -1;
        return false;
    }

    // A mandatory row left unmatched when the walk moves to (level, row): rows after the cursor of every
    // frame deeper than level, then the rows of that level between its cursor and the new row.
    private static SubsetRow? Skipped(List<Frame> stack, int level, int row)
    {
        for (var l = stack.Count - 1; l > level; l--)
        {
            var frame = stack[l];
            for (var r = frame.Cursor + 1; r < frame.Rows.Count; r++)
            {
                if (frame.Rows[r].IsMandatory && frame.Counts[r] == 0)
                {
                    return frame.Rows[r];
                }
            }
        }

        if (level >= 0)
        {
            var frame = stack[level];
            for (var r = frame.Cursor + 1; r < row; r++)
            {
                if (frame.Rows[r].IsMandatory && frame.Counts[r] == 0)
                {
                    return frame.Rows[r];
                }
            }
        }

        return null;
    }

    private static ContractError? Elements(Segment segment, SegmentRow row, int position)
    {
        var where = Where(segment, position);
        if (segment.HasCharacterFault)
        {
            return EdifactErrors.Of(EdifactErrors.Character, where);
        }

        var count = Math.Max(segment.ElementCount, row.Elements.Count);
        for (var e = 1; e <= count; e++)
        {
            var components = segment.Components(e);
            var spec = e <= row.Elements.Count ? row.Elements[e - 1] : ElementSpec.NotUsed;
            if (components.Count == 0)
            {
                if (spec.Presence == Presence.Mandatory)
                {
                    return EdifactErrors.Of(EdifactErrors.Missing, $"{where} element {e}");
                }

                continue;
            }

            for (var c = 1; c <= Math.Max(components.Count, spec.Components.Count); c++)
            {
                var value = c <= components.Count ? components[c - 1] : string.Empty;
                var component = c <= spec.Components.Count ? spec.Components[c - 1] : ComponentSpec.NotUsed;
                if (value.Length == 0)
                {
                    if (component.Presence == Presence.Mandatory)
                    {
                        return EdifactErrors.Of(EdifactErrors.Missing, $"{where} element {e}:{c}");
                    }
                }
                else if (component.Presence == Presence.NotUsed || !component.Format.Accepts(value))
                {
                    return EdifactErrors.Of(EdifactErrors.Format, $"{where} element {e}:{c}");
                }
            }
        }

        return null;
    }

    private static string Where(Segment segment, int position) => $"segment {position} {segment.Tag}";

    private sealed class Frame(IReadOnlyList<SubsetRow> rows, int cursor)
    {
        public IReadOnlyList<SubsetRow> Rows { get; } = rows;

        public int Cursor { get; set; } = cursor;

        public int[] Counts { get; } = new int[rows.Count];
    }
}
