using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Strangler.RocarsXml.Reading;

/// <summary>
/// Turns a body into an XML tree without resolving anything: no DTD (a DOCTYPE is an error, so no
/// entity expansion and no external entities), no resolver, a size limit, strict UTF-8, a leading BOM
/// ignored. Comments and processing instructions are skipped.
/// </summary>
internal static class SafeXml
{
    public const int MaxBodyBytes = 1_048_576;

    /// <summary>How deep the tree is kept; deeper content is read for well-formedness only.</summary>
    public const int MaxDepth = 8;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxBodyBytes,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CheckCharacters = true,
        ConformanceLevel = ConformanceLevel.Document,
    };

    /// <summary>The document, or null when the body is too large, not UTF-8 or not well formed.</summary>
    public static XDocument? TryLoad(ReadOnlySpan<byte> body)
    {
        if (body.Length > MaxBodyBytes)
        {
            return null;
        }

        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            var document = Load(reader);

            // The body is read as UTF-8 whatever it declares; a body declaring another encoding was
            // written for a different reading, so it does not match the layout.
            var declared = document.Declaration?.Encoding;
            return declared is null || declared.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) ? document : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>
    /// Builds the tree in one linear pass. XDocument.Load costs time quadratic in the nesting depth
    /// (each added node walks up to the root), so content below <see cref="MaxDepth"/> is checked for
    /// well-formedness but not kept: the layout is 4 levels deep, so the first failure in document
    /// order is always an element at depth 5 or less. Of the attributes only what the layout asks
    /// about is kept (<c>code</c>, and the first other one that is not a namespace declaration).
    /// </summary>
    private static XDocument Load(XmlReader reader)
    {
        var document = new XDocument();
        XContainer current = document;
        var depth = 0;
        var skipped = 0;
        var lines = (IXmlLineInfo)reader;
        while (reader.Read())
        {
            if (skipped > 0)
            {
                skipped += reader.NodeType switch
                {
                    XmlNodeType.Element when !reader.IsEmptyElement => 1,
                    XmlNodeType.EndElement => -1,
                    _ => 0,
                };
                continue;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    document.Declaration = new XDeclaration(reader.GetAttribute("version"), reader.GetAttribute("encoding"), reader.GetAttribute("standalone"));
                    break;
                case XmlNodeType.Element:
                    var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                    element.AddAnnotation(new LinePosition(lines.LineNumber, lines.LinePosition));
                    var empty = reader.IsEmptyElement;
                    KeepAttributes(reader, element);
                    current.Add(element);
                    if (!empty && depth + 1 == MaxDepth)
                    {
                        skipped = 1;
                    }
                    else if (!empty)
                    {
                        current = element;
                        depth++;
                    }

                    break;
                case XmlNodeType.EndElement:
                    current = (XContainer?)current.Parent ?? document;
                    depth--;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when depth > 0:
                    var node = new XText(reader.Value);
                    node.AddAnnotation(new LinePosition(lines.LineNumber, lines.LinePosition));
                    current.Add(node);
                    break;
            }
        }

        return document;
    }

    private static void KeepAttributes(XmlReader reader, XElement element)
    {
        var keptOther = false;
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI == XNamespace.Xmlns.NamespaceName)
            {
                continue;
            }

            var isCode = reader.NamespaceURI.Length == 0 && reader.LocalName == "code";
            if (isCode || !keptOther)
            {
                element.Add(new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
                keptOther |= !isCode;
            }
        }

        reader.MoveToElement();
    }
}
