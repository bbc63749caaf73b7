using System.Xml.Linq;
using Strangler.Contracts.Checking;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Reading;
using Strangler.RocarsXml.Rules;

namespace Strangler.RocarsXml;

/// <summary>
/// Decodes the ROCARS requests and runs every rule that needs no stored state, in the contract's
/// order: R001, R002, R041/R040, then the field rules. What the legacy stand-in and the new core
/// share; R003 and the store rules are theirs (<see cref="RocarsRequest{T}.WithStoreErrors"/>).
/// </summary>
public static class RocarsRequests
{
    public const string SsddSource = "CNSW";

    /// <summary>POST /aci or /ssdd.</summary>
    public static RocarsRequest<AciSubmission> DecodeAci(ReadOnlyMemory<byte> body, RocarsEndpoint endpoint, CheckContext context) =>
        DecodeAci(SafeXml.TryLoad(body.Span), endpoint, context);

    /// <summary>POST /bundles.</summary>
    public static RocarsRequest<BundleSubmission> DecodeBundle(ReadOnlyMemory<byte> body, CheckContext context) =>
        DecodeBundle(SafeXml.TryLoad(body.Span), context);

    /// <summary>
    /// DELETE /bundles/{bundleRef}: no or an empty X-Message-Id, or one over 35 characters, is R001 with
    /// an empty MessageId; a malformed ref is R034 (an unknown one is the store's R034).
    /// </summary>
    public static RocarsRequest<BundleDeletion> DecodeBundleDelete(string? messageId, string bundleRef, CheckContext context)
    {
        if (string.IsNullOrEmpty(messageId) || XmlText.Length(messageId) > ElementCursor.MessageIdMaxLength)
        {
            return new(null, string.Empty, [RocarsErrors.Error(RocarsErrors.R001, "X-Message-Id")]);
        }

        var deletion = new BundleDeletion(messageId, bundleRef);
        if (context.Client is { } client && RocarsRoles.Refusal(RocarsEndpoint.BundleDelete, client) is { } refusal)
        {
            return new(deletion, messageId, [refusal]);
        }

        return new(deletion, messageId, RocarsReferences.IsBundleRef(bundleRef) ? [] : [RocarsErrors.Error(RocarsErrors.R034, "bundleRef")]);
    }

    /// <summary>GET /clearance: false (answer 404) when vrn or controlPoint is missing or invalid; a repeated one is the HTTP layer's to see.</summary>
    public static bool IsClearanceQuery(string? vrn, string? controlPoint) =>
        RocarsReferences.IsVrn(vrn) && controlPoint is not null && Contracts.CodeLists.ControlPoint.IsKnown(controlPoint);

    internal static RocarsRequest<AciSubmission> DecodeAci(XDocument? document, RocarsEndpoint endpoint, CheckContext context)
    {
        var read = RocarsReader.Read(document, (d, s) => AciSubmissionReader.Read(d, s, endpoint));
        if (read.Document is not { } submission)
        {
            return new(null, read.AnswerMessageId, [read.LayoutError!]);
        }

        if (Refusal(endpoint, submission, context) is { } refusal)
        {
            return new(submission, read.AnswerMessageId, [refusal]);
        }

        return new(submission, read.AnswerMessageId, FieldRules.ForAci(submission, read.ValueErrors, context.ReceivedAt));
    }

    internal static RocarsRequest<BundleSubmission> DecodeBundle(XDocument? document, CheckContext context)
    {
        var read = RocarsReader.Read(document, BundleSubmissionReader.Read);
        if (read.Document is not { } submission)
        {
            return new(null, read.AnswerMessageId, [read.LayoutError!]);
        }

        if (context.Client is { } client && RocarsRoles.Refusal(RocarsEndpoint.Bundles, client) is { } refusal)
        {
            return new(submission, read.AnswerMessageId, [refusal]);
        }

        return new(submission, read.AnswerMessageId, FieldRules.ForBundle(submission, context.ReceivedAt));
    }

    // On /ssdd the Source rule holds whoever calls; the key's roles only when the key is known.
    private static ContractError? Refusal(RocarsEndpoint endpoint, AciSubmission submission, CheckContext context)
    {
        if (context.Client is { } client && RocarsRoles.Refusal(endpoint, client) is { } refusal)
        {
            return refusal;
        }

        return endpoint == RocarsEndpoint.Ssdd && submission.Source != SsddSource
            ? RocarsErrors.Error(RocarsErrors.R040, "Source")
            : null;
    }
}
