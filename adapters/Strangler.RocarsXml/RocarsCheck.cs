using System.Globalization;
using System.Xml.Linq;
using Strangler.Contracts.Checking;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Reading;

namespace Strangler.RocarsXml;

/// <summary>
/// Checks one ROCARS body without stored state (the <c>strangler message check</c> command and tests):
/// requests get every stateless rule, answers (AciResponse, AciRecord, BundleResponse,
/// ClearanceInstruction) the layout rules.
/// </summary>
public static class RocarsCheck
{
    public const string Syntax = "ROCARS XML";

    /// <summary>
    /// Checks <paramref name="body"/> as posted to <paramref name="endpoint"/>; when null the endpoint
    /// follows from the root (an AciSubmission with Source is taken as /ssdd). For an endpoint without
    /// a request body the body is checked as that endpoint's answer.
    /// </summary>
    public static MessageCheck Check(ReadOnlyMemory<byte> body, CheckContext context, RocarsEndpoint? endpoint = null)
    {
        var document = SafeXml.TryLoad(body.Span);
        var root = document?.Root;
        var rootName = root?.Name.NamespaceName == LayoutScan.Namespace ? root.Name.LocalName : null;
        var target = endpoint ?? Infer(rootName, root);
        return target switch
        {
            RocarsEndpoint.Aci or RocarsEndpoint.Ssdd => Describe("AciSubmission", RocarsRequests.DecodeAci(document, target.Value, context), Summarise),
            RocarsEndpoint.Bundles => Describe("BundleSubmission", RocarsRequests.DecodeBundle(document, context), Summarise),
            RocarsEndpoint.AciRecord => Answer("AciRecord", RocarsReader.Read(document, AnswerReaders.ReadAciRecord)),
            RocarsEndpoint.Clearance => Answer("ClearanceInstruction", RocarsReader.Read(document, AnswerReaders.ReadClearanceInstruction)),
            RocarsEndpoint.BundleDelete => Answer("BundleResponse", RocarsReader.Read(document, AnswerReaders.ReadBundleResponse)),
            _ when rootName == "AciResponse" => Answer(rootName, RocarsReader.Read(document, AnswerReaders.ReadAciResponse)),
            _ when rootName == "BundleResponse" => Answer(rootName, RocarsReader.Read(document, AnswerReaders.ReadBundleResponse)),
            _ => new MessageCheck(Syntax, "unknown", ["not a ROCARS document; answer MessageId: (empty); not recorded"],
                [RocarsErrors.Error(RocarsErrors.R001, document is null ? "not well-formed XML" : "unknown root element")]),
        };
    }

    private static RocarsEndpoint? Infer(string? rootName, XElement? root) => rootName switch
    {
        "AciSubmission" => root!.Element(XName.Get("Source", LayoutScan.Namespace)) is null ? RocarsEndpoint.Aci : RocarsEndpoint.Ssdd,
        "BundleSubmission" => RocarsEndpoint.Bundles,
        "AciRecord" => RocarsEndpoint.AciRecord,
        "ClearanceInstruction" => RocarsEndpoint.Clearance,
        _ => null,
    };

    private static MessageCheck Describe<T>(string type, RocarsRequest<T> request, Func<T, IEnumerable<string>> summarise)
        where T : class
    {
        var lines = new List<string>
        {
            $"answer MessageId: {(request.AnswerMessageId.Length == 0 ? "(empty)" : request.AnswerMessageId)}; " +
            (request.IsRecorded ? "the answer is recorded" : "not recorded"),
        };
        if (request.Document is { } document)
        {
            lines.AddRange(summarise(document));
        }

        return new MessageCheck(Syntax, type, lines, request.Errors);
    }

    private static MessageCheck Answer<T>(string type, RocarsRead<T> read)
        where T : class =>
        new(Syntax, type, read.Document is null ? [] : [$"{type}: {read.Document}"],
            read.LayoutError is { } failure ? [failure] : read.ValueErrors);

    private static IEnumerable<string> Summarise(AciSubmission s)
    {
        yield return $"{s.Function.Code()} MessageId {s.MessageId}" + (s.Ccrn is null ? string.Empty : $" Ccrn {s.Ccrn}") +
                     (s.Source is null ? string.Empty : $" Source {s.Source}");
        if (s.Lodgement is { } l)
        {
            yield return $"{l.Direction.Code()} at {l.ControlPoint}, ExpectedCrossing {Format(l.ExpectedCrossing)}";
            yield return $"Shipper {l.Shipper.Name}; Consignor {l.Consignor.Name}; Consignee {l.Consignee.Name}";
            yield return $"Packages {l.Packages.Count} {l.Packages.Description}; {l.Articles.Count} article(s)";
        }
    }

    private static IEnumerable<string> Summarise(BundleSubmission b)
    {
        yield return $"MessageId {b.MessageId} Vrn {b.Vrn} {b.Direction.Code()} at {b.ControlPoint}, ExpectedArrival {Format(b.ExpectedArrival)}";
        yield return $"{b.Ccrns.Count} CCRN(s): {string.Join(' ', b.Ccrns)}";
    }

    private static string Format(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
