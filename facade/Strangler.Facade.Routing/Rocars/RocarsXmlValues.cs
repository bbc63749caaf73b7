using System.Text;
using System.Xml;

namespace Strangler.Facade.Routing.Rocars;

/// <summary>
/// Reads the few simple values routing needs from a ROCARS XML body (request or answer) with a streaming
/// XmlReader: no DTD (a DOCTYPE makes the body unreadable), nothing resolved, UTF-8 only, no DOM. The whole body
/// is read so that a body that is not well formed gives null, as the systems answer it <c>R001</c>.
/// </summary>
internal static class RocarsXmlValues
{
    public const string Namespace = "urn:hk:rocars:1";

    /// <summary>The key of the first <c>Ccrn</c> inside <c>Ccrns</c> (bundles).</summary>
    public const string FirstBundledCcrn = "Ccrns/Ccrn";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>
    /// The root's local name and the first value of each wanted child of the root (in the ROCARS namespace), plus
    /// <see cref="FirstBundledCcrn"/> when wanted; null when the body is not well-formed UTF-8 XML.
    /// </summary>
    public static unsafe RocarsXmlDocument? Read(ReadOnlySpan<byte> body, IReadOnlySet<string> wanted)
    {
        if (body.StartsWith(ByteOrderMark))
        {
            body = body[ByteOrderMark.Length..];
        }

        if (body.IsEmpty)
        {
            return null;
        }

        fixed (byte* start = body)
        {
            // The stream lives only inside this call, while the span is pinned.
            using var stream = new UnmanagedMemoryStream(start, body.Length);
            using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), false);
            try
            {
                using var reader = XmlReader.Create(text, Settings);
                return Walk(reader, wanted);
            }
            catch (XmlException)
            {
                return null;
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }

    private static RocarsXmlDocument? Walk(XmlReader reader, IReadOnlySet<string> wanted)
    {
        string? root = null;
        var rootInNamespace = false;
        string? parent = null;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth == 0)
            {
                root = reader.LocalName;
                rootInNamespace = reader.NamespaceURI == Namespace;
                continue;
            }

            if (reader.Depth == 1)
            {
                parent = reader.LocalName;
            }

            if (reader.NamespaceURI != Namespace)
            {
                continue;
            }

            var key = reader.Depth switch
            {
                1 => reader.LocalName,
                2 when parent == "Ccrns" && reader.LocalName == "Ccrn" => FirstBundledCcrn,
                _ => null,
            };
            if (key is not null && wanted.Contains(key) && !values.ContainsKey(key))
            {
                values[key] = SimpleValue(reader);
            }
        }

        return root is null ? null : new RocarsXmlDocument(root, rootInNamespace, values);
    }

    /// <summary>
    /// The collapsed text of the element the reader is on, read up to its end tag; null when it holds an element
    /// or is empty after collapsing.
    /// </summary>
    private static string? SimpleValue(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return null;
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        var hasChild = false;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    hasChild = true;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                    when reader.Depth == depth + 1:
                    text.Append(reader.Value);
                    break;
            }
        }

        return hasChild ? null : Collapse(text);
    }

    /// <summary>XML whitespace collapsing: runs of space, tab, CR, LF become one space; leading and trailing removed.</summary>
    internal static string? Collapse(StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                collapsed.Append(' ');
                pendingSpace = false;
            }

            collapsed.Append(c);
        }

        return collapsed.Length == 0 ? null : collapsed.ToString();
    }
}
