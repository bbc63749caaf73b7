namespace Strangler.Edifact.Checking;

/// <summary>Mandatory (M), conditional (C), or not used at all (the table shows nothing there).</summary>
public enum Presence
{
    Mandatory,
    Conditional,
    NotUsed,
}

/// <summary>One row of a subset table: a segment, or a repeating group whose first row is its trigger.</summary>
public abstract record SubsetRow(Presence Presence, int MaxRepeats)
{
    public bool IsMandatory => Presence == Presence.Mandatory;

    /// <summary>True when the segment is this row's (for a group: its trigger's).</summary>
    public abstract bool Matches(Syntax.Segment segment);
}

/// <summary>
/// A segment row: identified by its tag and, when <see cref="Qualifiers"/> is set, by the code in
/// element 1 component 1 (<see cref="ExcludedQualifiers"/> carves codes out of an open row, like
/// <c>GIS+&lt;form&gt;</c> without <c>PS</c>). <see cref="Elements"/> gives elements 1..n.
/// </summary>
public sealed record SegmentRow(
    string Tag,
    Presence Presence,
    int MaxRepeats,
    IReadOnlyList<ElementSpec> Elements,
    IReadOnlySet<string>? Qualifiers = null,
    IReadOnlySet<string>? ExcludedQualifiers = null)
    : SubsetRow(Presence, MaxRepeats)
{
    public override bool Matches(Syntax.Segment segment)
    {
        if (segment.Tag != Tag)
        {
            return false;
        }

        var qualifier = segment.Value(1);
        return (Qualifiers is null || Qualifiers.Contains(qualifier)) &&
            (ExcludedQualifiers is null || !ExcludedQualifiers.Contains(qualifier));
    }

    public override string ToString() => Qualifiers is null ? Tag : $"{Tag}+{string.Join("|", Qualifiers)}";
}

/// <summary>A repeating group (items, equipment, consignments, goods items); the first row is the trigger and must be mandatory.</summary>
public sealed record GroupRow(string Name, Presence Presence, int MaxRepeats, IReadOnlyList<SubsetRow> Rows)
    : SubsetRow(Presence, MaxRepeats)
{
    public SegmentRow Trigger => Rows[0] as SegmentRow
        ?? throw new InvalidOperationException($"Group {Name} must start with a segment row.");

    public override bool Matches(Syntax.Segment segment) => Trigger.Matches(segment);

    public override string ToString() => Name;
}

/// <summary>An element of a segment row: its presence and its components (1..n).</summary>
public sealed record ElementSpec(Presence Presence, IReadOnlyList<ComponentSpec> Components)
{
    public static ElementSpec NotUsed { get; } = new(Presence.NotUsed, []);
}

/// <summary>A component: its presence and its format.</summary>
public sealed record ComponentSpec(Presence Presence, ValueFormat Format)
{
    public static ComponentSpec NotUsed { get; } = new(Presence.NotUsed, ValueFormat.Rule);
}

/// <summary>
/// A subset table: the rows between UNH and UNT, in order. Build one per context a message type
/// distinguishes (function, rule profile, mode) and keep it: tables are immutable.
/// </summary>
public sealed record SubsetTable(string Name, IReadOnlyList<SubsetRow> Rows);
