using System.Xml.Linq;
using Strangler.Contracts.Checking;
using Strangler.RocarsXml.Documents;

namespace Strangler.RocarsXml.Reading;

/// <summary>
/// Reads the answers (the parity engine decodes both systems' answers) with the same layout rules
/// as requests; an element not belonging to the Status is R002, as one not allowed with a Function.
/// </summary>
internal static class AnswerReaders
{
    public static AciResponse? ReadAciResponse(XDocument document, LayoutScan scan)
    {
        if (RootElement.Open(scan, document, "AciResponse", "MessageId", "Status", "Ccrn", "ReceivedAt", "Errors") is not { } c)
        {
            return null;
        }

        var messageId = c.RequiredMessageIdOfAnswer();
        var status = c.RequiredCode<AciStatus>("Status");
        c.Allowed.Remove(status == AciStatus.Accepted ? "Errors" : "Ccrn");
        var ccrn = status == AciStatus.Accepted ? c.RequiredText("Ccrn") : null;
        var receivedAt = c.RequiredDateTime("ReceivedAt");
        var errors = status == AciStatus.Rejected ? ReadErrors(c) : EquatableList<ContractError>.Empty;
        c.End();
        return scan.Failed ? null : new AciResponse(messageId, status, ccrn, receivedAt, errors);
    }

    public static BundleResponse? ReadBundleResponse(XDocument document, LayoutScan scan)
    {
        if (RootElement.Open(scan, document, "BundleResponse", "MessageId", "Status", "BundleRef", "ReceivedAt", "Errors") is not { } c)
        {
            return null;
        }

        var messageId = c.RequiredMessageIdOfAnswer();
        var status = c.RequiredCode<BundleStatus>("Status");
        var rejected = status == BundleStatus.Rejected;
        c.Allowed.Remove(rejected ? "BundleRef" : "Errors");
        var bundleRef = rejected ? null : c.RequiredText("BundleRef");
        var receivedAt = c.RequiredDateTime("ReceivedAt");
        var errors = rejected ? ReadErrors(c) : EquatableList<ContractError>.Empty;
        c.End();
        return scan.Failed ? null : new BundleResponse(messageId, status, bundleRef, receivedAt, errors);
    }

    public static ClearanceInstruction? ReadClearanceInstruction(XDocument document, LayoutScan scan)
    {
        if (RootElement.Open(scan, document, "ClearanceInstruction", "Vrn", "BundleRef", "ControlPoint", "Instruction", "IssuedAt") is not { } c)
        {
            return null;
        }

        var vrn = c.RequiredText("Vrn");
        var bundleRef = c.RequiredText("BundleRef");
        var controlPoint = c.RequiredText("ControlPoint");
        var instruction = c.RequiredCode<ClearanceDecision>("Instruction");
        var issuedAt = c.RequiredDateTime("IssuedAt");
        c.End();
        return scan.Failed ? null : new ClearanceInstruction(vrn, bundleRef, controlPoint, instruction, issuedAt);
    }

    public static AciRecord? ReadAciRecord(XDocument document, LayoutScan scan)
    {
        if (RootElement.Open(scan, document, "AciRecord", ["Ccrn", "Status", "Version", "ReceivedAt", "Source", .. LodgementReader.Names, "BundleRef"]) is not { } c)
        {
            return null;
        }

        var ccrn = c.RequiredText("Ccrn");
        var status = c.RequiredCode<AciRecordStatus>("Status");
        var version = (int)c.RequiredCount("Version", int.MaxValue);
        var receivedAt = c.RequiredDateTime("ReceivedAt");
        var source = c.OptionalText("Source");
        var lodgement = LodgementReader.Read(c);
        var bundleRef = c.OptionalText("BundleRef");
        c.End();
        return scan.Failed || lodgement is null ? null : new AciRecord(ccrn, status, version, receivedAt, source, lodgement, bundleRef);
    }

    private static EquatableList<ContractError> ReadErrors(ElementCursor c)
    {
        if (c.Required("Errors") is not { } element)
        {
            return EquatableList<ContractError>.Empty;
        }

        var inner = new ElementCursor(c.Scan, element, "Error") { AllowedAttribute = "code" };
        return inner.Repeated("Error", int.MaxValue, e =>
        {
            var code = e.Attribute("code")?.Value;
            if (string.IsNullOrEmpty(code))
            {
                c.Scan.Fail(RocarsErrors.R001, e, "Error without code");
            }

            var text = inner.Value(e, int.MaxValue);
            return new ContractError(code ?? string.Empty, text ?? string.Empty);
        });
    }
}
