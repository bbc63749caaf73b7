namespace Strangler.Edifact.Syntax;

/// <summary>
/// One segment as read: its tag, its data elements and their components (released text, trailing
/// empty elements and components removed), where it stands in the interchange, and which elements
/// hold a character fault (a CR or LF inside the segment, or a character outside the repertoire).
/// Elements and components are numbered from 1 as the contracts number them; element 0 is the tag.
/// </summary>
public sealed class Segment
{
    private static readonly string[] NoComponents = [];
    private readonly string[][] elements;
    private readonly ulong faultyElements;

    internal Segment(string tag, string[][] elements, int index, int offset, int length, ulong faultyElements, bool terminated)
    {
        Tag = tag;
        this.elements = elements;
        Index = index;
        Offset = offset;
        Length = length;
        this.faultyElements = faultyElements;
        IsTerminated = terminated;
    }

    /// <summary>The tag (<c>BGM</c>); empty for an empty segment.</summary>
    public string Tag { get; }

    /// <summary>Position among the interchange's segments, from 0 (UNA not counted).</summary>
    public int Index { get; }

    /// <summary>Character offset of the tag in the decoded body.</summary>
    public int Offset { get; }

    /// <summary>Characters from the tag to the terminator, inclusive.</summary>
    public int Length { get; }

    /// <summary>False for text at the end of the body that no terminator closes.</summary>
    public bool IsTerminated { get; }

    /// <summary>Data elements after the tag, trailing empty ones not counted.</summary>
    public int ElementCount => elements.Length;

    public bool HasCharacterFault => faultyElements != 0;

    /// <summary>True when the element (0 = tag) holds a character fault. Elements from 63 on share one flag.</summary>
    public bool HasFaultIn(int element) => (faultyElements & Bit(element)) != 0;

    /// <summary>The components of element <paramref name="element"/> (from 1); empty when absent.</summary>
    public IReadOnlyList<string> Components(int element) =>
        element >= 1 && element <= elements.Length ? elements[element - 1] : NoComponents;

    /// <summary>Component <paramref name="component"/> of element <paramref name="element"/>, both from 1; empty when absent.</summary>
    public string Value(int element, int component = 1)
    {
        var components = Components(element);
        return component >= 1 && component <= components.Count ? components[component - 1] : string.Empty;
    }

    /// <summary>True when the element has at least one non-empty component.</summary>
    public bool Has(int element) => Components(element).Count > 0;

    /// <summary>The segment's text as received (separators and releases as sent), without CR/LF before it.</summary>
    public string RawText(Interchange interchange) => interchange.Text.Substring(Offset, Length);

    public override string ToString() =>
        Tag + string.Concat(elements.Select(e => "+" + string.Join(":", e)));

    internal static ulong Bit(int element) => 1UL << Math.Clamp(element, 0, 63);
}
