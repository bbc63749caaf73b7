using System.Xml.Linq;
using Strangler.RocarsXml.Documents;

namespace Strangler.RocarsXml.Reading;

/// <summary>Reads a BundleSubmission: 1 to 50 CCRNs, kept as sent for the field rules.</summary>
internal static class BundleSubmissionReader
{
    public const int MaxCcrns = 50;

    public static BundleSubmission? Read(XDocument document, LayoutScan scan)
    {
        if (RootElement.Open(scan, document, "BundleSubmission", "MessageId", "Vrn", "Direction", "ControlPoint", "ExpectedArrival", "Ccrns") is not { } c)
        {
            return null;
        }

        var messageId = c.RequiredText("MessageId", ElementCursor.MessageIdMaxLength);
        var vrn = c.RequiredText("Vrn");
        var direction = c.RequiredCode<CrossingDirection>("Direction");
        var controlPoint = c.RequiredText("ControlPoint");
        var arrival = c.RequiredDateTime("ExpectedArrival");
        var ccrns = ReadCcrns(c);
        c.End();
        return scan.Failed ? null : new BundleSubmission(messageId, vrn, direction, controlPoint, arrival, ccrns);
    }

    private static EquatableList<string> ReadCcrns(ElementCursor c)
    {
        if (c.Required("Ccrns") is not { } element)
        {
            return EquatableList<string>.Empty;
        }

        var inner = new ElementCursor(c.Scan, element, "Ccrn");
        return inner.Repeated("Ccrn", MaxCcrns, e => inner.Value(e, int.MaxValue) ?? string.Empty);
    }
}
