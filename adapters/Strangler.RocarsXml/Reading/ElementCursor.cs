using System.Xml.Linq;
using Strangler.RocarsXml.Documents;

namespace Strangler.RocarsXml.Reading;

/// <summary>
/// Walks the children of one element in document order, expecting them in the layout's order. The
/// first failure wins: text that is not whitespace, an element in another namespace or a missing,
/// repeated or misplaced element is R001; an element not among <see cref="Allowed"/> (unknown here,
/// or not allowed with this Function) and any attribute other than a namespace declaration is R002.
/// </summary>
internal sealed class ElementCursor(LayoutScan scan, XElement parent, params string[] allowed)
{
    public const int MessageIdMaxLength = 35;

    private readonly List<XNode> nodes = [.. parent.Nodes()];
    private int index;

    public LayoutScan Scan => scan;

    /// <summary>The one attribute (besides namespace declarations) the children may carry: <c>code</c> on Error.</summary>
    public string? AllowedAttribute { get; init; }

    /// <summary>The children allowed here; narrowed once the Function is known.</summary>
    public HashSet<string> Allowed { get; } = new(allowed, StringComparer.Ordinal);

    /// <summary>The next child when it is named <paramref name="name"/>, else null (it may be optional).</summary>
    public XElement? Optional(string name)
    {
        var next = Peek();
        if (next is null || next.Name.LocalName != name)
        {
            return null;
        }

        index++;
        CheckAttributes(scan, next, AllowedAttribute);
        return scan.Failed ? null : next;
    }

    public XElement? Required(string name)
    {
        var element = Optional(name);
        if (element is null)
        {
            scan.Fail(RocarsErrors.R001, parent, $"{name} missing or out of order in {parent.Name.LocalName}");
        }

        return element;
    }

    /// <summary>No more children may follow.</summary>
    public void End()
    {
        var next = Peek();
        if (next is not null)
        {
            scan.Fail(RocarsErrors.R001, next, $"{next.Name.LocalName} out of order or repeated");
        }
    }

    /// <summary>A mandatory value: not empty after collapsing and within <paramref name="maxLength"/> characters.</summary>
    public string RequiredText(string name, int maxLength = int.MaxValue) =>
        Required(name) is { } e ? Value(e, maxLength) ?? string.Empty : string.Empty;

    /// <summary>An answer's MessageId: may be empty (the request had none usable), at most 35 characters.</summary>
    public string RequiredMessageIdOfAnswer()
    {
        var element = Required("MessageId");
        var text = element is null ? null : LeafText(scan, element);
        if (text is not null && XmlText.Length(text) > MessageIdMaxLength)
        {
            scan.Fail(RocarsErrors.R001, element!, "MessageId is too long");
        }

        return text ?? string.Empty;
    }

    public string? OptionalText(string name, int maxLength = int.MaxValue) =>
        Optional(name) is { } e ? Value(e, maxLength) : null;

    /// <summary>An optional value whose content, whatever it is, is judged by a field rule (R013).</summary>
    public (XElement Element, string Text)? OptionalRaw(string name) =>
        Optional(name) is { } e && LeafText(scan, e) is { } text ? (e, text) : null;

    public TEnum RequiredCode<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var element = Required(name);
        var text = element is null ? null : Value(element, int.MaxValue);
        if (text is null)
        {
            return default;
        }

        if (!RocarsCodes.TryParse<TEnum>(text, out var value))
        {
            scan.Fail(RocarsErrors.R001, element!, $"{name} is not a listed value");
        }

        return value;
    }

    public DateTimeOffset RequiredDateTime(string name)
    {
        var element = Required(name);
        var text = element is null ? null : Value(element, int.MaxValue);
        if (text is null)
        {
            return default;
        }

        if (!XmlDateTime.TryParse(text, out var value))
        {
            scan.Fail(RocarsErrors.R001, element!, $"{name} is not a date-time with offset");
        }

        return value;
    }

    /// <summary>A positive whole number <c>^[0-9]+$</c> (leading zeros allowed, zero is not positive).</summary>
    public long RequiredCount(string name, long max)
    {
        var element = Required(name);
        var text = element is null ? null : Value(element, int.MaxValue);
        if (text is null)
        {
            return 0;
        }

        var digits = text.AsSpan().TrimStart('0');
        var n = 0L;
        if (!Strangler.Contracts.CodeLists.CodeFormat.AllDigits(text) || digits.IsEmpty || digits.Length > 18 ||
            (n = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)) > max)
        {
            scan.Fail(RocarsErrors.R001, element!, $"{name} is not a positive whole number");
            return 0;
        }

        return n;
    }

    /// <summary>The collapsed text of a leaf element, or null when it has child elements (R001/R002).</summary>
    public static string? LeafText(LayoutScan scan, XElement leaf)
    {
        string? single = null;
        System.Text.StringBuilder? many = null;
        foreach (var node in leaf.Nodes())
        {
            if (node is XElement child)
            {
                FailChild(scan, child);
                return null;
            }

            if (node is XText text)
            {
                if (single is null)
                {
                    single = text.Value;
                }
                else
                {
                    (many ??= new System.Text.StringBuilder(single)).Append(text.Value);
                }
            }
        }

        return XmlText.Collapse(many?.ToString() ?? single ?? string.Empty);
    }

    public static void CheckAttributes(LayoutScan scan, XElement element, string? allowedAttribute = null)
    {
        foreach (var attribute in element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration && !(attribute.Name.NamespaceName.Length == 0 && attribute.Name.LocalName == allowedAttribute))
            {
                scan.Fail(RocarsErrors.R002, element, $"attribute {attribute.Name.LocalName} on {element.Name.LocalName}");
                return;
            }
        }
    }

    /// <summary>
    /// The children named <paramref name="name"/> up to the end of this element: at least one, at
    /// most <paramref name="max"/> (more is R001), each read by <paramref name="read"/>.
    /// </summary>
    public EquatableList<T> Repeated<T>(string name, int max, Func<XElement, T> read)
    {
        var items = new List<T>();
        var next = Required(name);
        while (next is not null)
        {
            if (items.Count == max)
            {
                scan.Fail(RocarsErrors.R001, next, $"more than {max} {name}");
                break;
            }

            items.Add(read(next));
            next = Optional(name);
        }

        End();
        return new EquatableList<T>(items);
    }

    /// <summary>The value of a leaf already taken: not empty after collapsing, within the length; null after a failure.</summary>
    public string? Value(XElement element, int maxLength)
    {
        var text = LeafText(scan, element);
        if (text is null)
        {
            return null;
        }

        if (text.Length == 0 || XmlText.Length(text) > maxLength)
        {
            scan.Fail(RocarsErrors.R001, element, $"{element.Name.LocalName} is empty or too long");
            return null;
        }

        return text;
    }

    private XElement? Peek()
    {
        while (!scan.Failed && index < nodes.Count)
        {
            switch (nodes[index])
            {
                case XText text when !XmlText.IsWhitespace(text.Value):
                    scan.Fail(RocarsErrors.R001, text, $"text between elements in {parent.Name.LocalName}");
                    return null;
                case XElement element when element.Name.NamespaceName != LayoutScan.Namespace || !Allowed.Contains(element.Name.LocalName):
                    FailChild(scan, element);
                    return null;
                case XElement element:
                    return element;
                default:
                    index++;
                    break;
            }
        }

        return null;
    }

    // A child that may not be here: R001 for a foreign namespace, otherwise R002 (unknown here).
    private static void FailChild(LayoutScan scan, XElement child)
    {
        if (child.Name.NamespaceName != LayoutScan.Namespace)
        {
            scan.Fail(RocarsErrors.R001, child, $"{child.Name.LocalName} is not in {LayoutScan.Namespace}");
        }
        else
        {
            scan.Fail(RocarsErrors.R002, child, $"{child.Name.LocalName} is not allowed in {child.Parent?.Name.LocalName}");
        }
    }
}
