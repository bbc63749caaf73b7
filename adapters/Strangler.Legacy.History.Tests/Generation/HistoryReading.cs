using Strangler.CargoImp;
using Strangler.Contracts.Checking;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusdec;
using Strangler.Legacy.History.Traffic;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.History.Tests.Generation;

/// <summary>Decodes the bodies of a history's exchanges with the codecs, document by document with its outcome.</summary>
internal static class HistoryReading
{
    public static IEnumerable<(HistoryExchange Exchange, Declaration Declaration, DocumentOutcome Outcome)> Declarations(IEnumerable<HistoryExchange> exchanges) =>
        exchanges.Where(e => e.Request.Interface == HistoryInterface.Gets)
            .SelectMany(e => CusdecCodec.Decode(e.Request.Body.Span)!.Declarations.Zip(e.Documents, (d, o) => (e, d, o)));

    public static IEnumerable<(HistoryExchange Exchange, CuscarManifest Manifest, DocumentOutcome Outcome)> Manifests(IEnumerable<HistoryExchange> exchanges) =>
        exchanges.Where(e => e.Request.Interface == HistoryInterface.Eman)
            .SelectMany(e => CuscarCodec.Decode(e.Request.Body, new CheckContext(e.Request.ReceivedAt)).Messages
                .Zip(e.Documents, (m, o) => (e, m.Manifest!, o)));

    public static AciSubmission? Aci(HistoryExchange e) =>
        e.Request.Endpoint is RocarsEndpoint.Aci or RocarsEndpoint.Ssdd ? RocarsReader.ReadAciSubmission(e.Request.Body, e.Request.Endpoint.Value).Document : null;

    public static BundleSubmission? Bundle(HistoryExchange e) =>
        e.Request.Endpoint == RocarsEndpoint.Bundles ? RocarsReader.ReadBundleSubmission(e.Request.Body).Document : null;

    public static CargoImpMessage? CargoImp(HistoryExchange e) =>
        e.Request.Interface == HistoryInterface.Accs ? CargoImpDecoder.Decode(e.Request.Body, new CheckContext(e.Request.ReceivedAt)).Message : null;
}
