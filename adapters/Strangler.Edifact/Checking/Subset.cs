namespace Strangler.Edifact.Checking;

/// <summary>
/// Short builders for subset tables, so a table reads like the contract's:
/// <c>Subset.Segment("DTM", M, 1, ["137"], Subset.El(M, Subset.Qualifier, Subset.M(ValueFormat.Date102), Subset.M(ValueFormat.Code("102"))))</c>.
/// </summary>
public static class Subset
{
    /// <summary>The qualifier component a row matches on (the row already judged it).</summary>
    public static ComponentSpec Qualifier { get; } = new(Presence.Mandatory, ValueFormat.Rule);

    public static ComponentSpec M(ValueFormat format) => new(Presence.Mandatory, format);

    public static ComponentSpec C(ValueFormat format) => new(Presence.Conditional, format);

    public static ComponentSpec Unused => ComponentSpec.NotUsed;

    /// <summary>An element with its components.</summary>
    public static ElementSpec El(Presence presence, params ComponentSpec[] components) => new(presence, components);

    /// <summary>A mandatory element of one component.</summary>
    public static ElementSpec Mel(ValueFormat format) => new(Presence.Mandatory, [M(format)]);

    /// <summary>A conditional element of one component.</summary>
    public static ElementSpec Cel(ValueFormat format) => new(Presence.Conditional, [C(format)]);

    /// <summary>An element position the table leaves empty.</summary>
    public static ElementSpec Empty => ElementSpec.NotUsed;

    public static SegmentRow Segment(string tag, Presence presence, int maxRepeats, string[]? qualifiers, params ElementSpec[] elements) =>
        new(tag, presence, maxRepeats, elements, qualifiers is null ? null : new HashSet<string>(qualifiers, StringComparer.Ordinal));

    /// <summary>A row matching its tag with any element-1 code except <paramref name="excluded"/>.</summary>
    public static SegmentRow SegmentExcept(string tag, Presence presence, int maxRepeats, string[] excluded, params ElementSpec[] elements) =>
        new(tag, presence, maxRepeats, elements, null, new HashSet<string>(excluded, StringComparer.Ordinal));

    public static GroupRow Group(string name, Presence presence, int maxRepeats, params SubsetRow[] rows) =>
        new(name, presence, maxRepeats, rows);
}
