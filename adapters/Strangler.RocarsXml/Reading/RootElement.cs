using System.Xml.Linq;

namespace Strangler.RocarsXml.Reading;

/// <summary>The root of a ROCARS document: its layout check and the answer MessageId rule.</summary>
internal static class RootElement
{
    /// <summary>A cursor over the root's children, or null (R001) when the root is not <paramref name="name"/> in the namespace.</summary>
    public static ElementCursor? Open(LayoutScan scan, XDocument document, string name, params string[] children)
    {
        var root = document.Root!;
        if (root.Name.NamespaceName != LayoutScan.Namespace || root.Name.LocalName != name)
        {
            scan.Fail(RocarsErrors.R001, root, $"the root is not {name} in {LayoutScan.Namespace}");
            return null;
        }

        ElementCursor.CheckAttributes(scan, root);
        return new ElementCursor(scan, root, children);
    }

    /// <summary>
    /// The MessageId an answer carries: the collapsed text of the root's first child element when that
    /// child is MessageId in the namespace, has no child elements and has 1 to 35 characters; else empty.
    /// </summary>
    public static string AnswerMessageId(XDocument? document)
    {
        var first = document?.Root?.Elements().FirstOrDefault();
        if (first is null || first.Name != XName.Get("MessageId", LayoutScan.Namespace) || first.HasElements)
        {
            return string.Empty;
        }

        var text = XmlText.Collapse(string.Concat(first.Nodes().OfType<XText>().Select(t => t.Value)));
        return XmlText.Length(text) is >= 1 and <= ElementCursor.MessageIdMaxLength ? text : string.Empty;
    }
}
