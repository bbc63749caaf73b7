using System.Text;
using System.Xml;

namespace Strangler.Facade.Comparison;

/// <summary>
/// Reads a ROCARS XML answer into fields by element path (<c>AciResponse/Status</c>,
/// <c>AciResponse/Errors/Error[2]/@code</c>), with an <see cref="XmlReader"/> that prohibits DTDs and
/// resolves nothing. Every element is a field holding its own text (empty for a container), so a
/// missing or extra element shows; the root's namespace is the field <c>&lt;root&gt;/@xmlns</c> and
/// the XML declaration the field <c>?xml</c>. Whitespace between elements, comments, prefixes and
/// <c>&lt;X/&gt;</c> against <c>&lt;X&gt;&lt;/X&gt;</c> are not differences.
/// </summary>
internal static class RocarsAnswerFields
{
    // ROCARS answers are four levels deep at most; deeper input is treated as unreadable, which also
    // keeps the path strings from growing with the square of a hostile nesting.
    private const int MaxDepth = 32;
    private const long MaxCharacters = 4L * 1024 * 1024;
    private const string NamespaceDeclarations = "http://www.w3.org/2000/xmlns/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersInDocument = MaxCharacters,
        CloseInput = true,
    };

    public static AnswerFields? Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body.ToArray(), writable: false), Settings);
            return Flatten(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static AnswerFields? Flatten(XmlReader reader)
    {
        var fields = new List<ComparedField>();
        var open = new List<OpenElement>();
        var topLevel = new FieldOccurrences();
        string? root = null;
        var rootNamespace = string.Empty;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    fields.Add(ComparedField.Exact("?xml", reader.Value));
                    break;
                case XmlNodeType.Element:
                    if (open.Count >= MaxDepth)
                    {
                        return null;
                    }

                    if (root is null)
                    {
                        root = reader.LocalName;
                        rootNamespace = reader.NamespaceURI;
                        fields.Add(ComparedField.Exact(root + "/@xmlns", rootNamespace));
                    }

                    var name = NameOf(reader, rootNamespace);
                    var path = open.Count == 0 ? topLevel.Next(name) : $"{open[^1].Path}/{open[^1].Children.Next(name)}";
                    var element = new OpenElement(path, name, fields.Count);
                    fields.Add(default);
                    AddAttributes(reader, fields, path, rootNamespace);
                    if (reader.IsEmptyElement)
                    {
                        Close(fields, element);
                    }
                    else
                    {
                        open.Add(element);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (open.Count > 0)
                    {
                        open[^1].Text.Append(reader.Value);
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (open.Count > 0)
                    {
                        Close(fields, open[^1]);
                        open.RemoveAt(open.Count - 1);
                    }

                    break;
            }
        }

        return root is null ? null : new AnswerFields(fields, root);
    }

    private static void AddAttributes(XmlReader reader, List<ComparedField> fields, string path, string rootNamespace)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (reader.NamespaceURI != NamespaceDeclarations)
            {
                fields.Add(ComparedField.Exact($"{path}/@{NameOf(reader, rootNamespace, isAttribute: true)}", reader.Value));
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    // Issued references are compared by format; everything else as written.
    private static void Close(List<ComparedField> fields, OpenElement element)
    {
        var text = element.Text.ToString();
        var compared = element.Name is FieldNames.Ccrn or FieldNames.BundleRef ? IssuedReferenceFormat.Compared(text) : text;
        fields[element.FieldIndex] = new ComparedField(element.Path, text, compared);
    }

    // Names in the root's namespace are written bare (attributes: in no namespace); others carry {namespace}.
    private static string NameOf(XmlReader reader, string rootNamespace, bool isAttribute = false)
    {
        var expected = isAttribute ? string.Empty : rootNamespace;
        return reader.NamespaceURI == expected ? reader.LocalName : $"{{{reader.NamespaceURI}}}{reader.LocalName}";
    }

    private sealed class OpenElement(string path, string name, int fieldIndex)
    {
        public string Path { get; } = path;

        public string Name { get; } = name;

        public int FieldIndex { get; } = fieldIndex;

        public StringBuilder Text { get; } = new();

        public FieldOccurrences Children { get; } = new();
    }
}
