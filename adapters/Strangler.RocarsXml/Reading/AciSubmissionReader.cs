using System.Xml.Linq;
using Strangler.RocarsXml.Documents;

namespace Strangler.RocarsXml.Reading;

/// <summary>
/// Reads an AciSubmission for /aci or /ssdd. Ccrn is allowed with AMEND and CANCEL only, Source on
/// /ssdd only, and with CANCEL nothing after Source; anything else where it is not allowed is R002.
/// </summary>
internal static class AciSubmissionReader
{
    private static readonly string[] Head = ["MessageId", "Function", "Ccrn", "Source"];

    public static AciSubmission? Read(XDocument document, LayoutScan scan, RocarsEndpoint endpoint)
    {
        if (endpoint is not (RocarsEndpoint.Aci or RocarsEndpoint.Ssdd))
        {
            throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "AciSubmission is posted to /aci or /ssdd.");
        }

        if (RootElement.Open(scan, document, "AciSubmission", [.. Head, .. LodgementReader.Names]) is not { } c)
        {
            return null;
        }

        var messageId = c.RequiredText("MessageId", ElementCursor.MessageIdMaxLength);
        var function = c.RequiredCode<AciFunction>("Function");
        if (function == AciFunction.Original)
        {
            c.Allowed.Remove("Ccrn");
        }

        if (endpoint == RocarsEndpoint.Aci)
        {
            c.Allowed.Remove("Source");
        }

        if (function == AciFunction.Cancel)
        {
            c.Allowed.ExceptWith(LodgementReader.Names);
        }

        var ccrn = function == AciFunction.Original ? null : c.RequiredText("Ccrn");
        var source = endpoint == RocarsEndpoint.Ssdd ? c.OptionalText("Source") : null;
        var lodgement = function == AciFunction.Cancel ? null : LodgementReader.Read(c);
        c.End();
        return scan.Failed ? null : new AciSubmission(messageId, function, ccrn, source, lodgement);
    }
}
