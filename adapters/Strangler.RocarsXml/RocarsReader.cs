using System.Xml.Linq;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Reading;

namespace Strangler.RocarsXml;

/// <summary>
/// Reads ROCARS XML documents safely (no DTD, no resolver, 1,048,576 bytes at most, UTF-8, leading
/// BOM ignored). Bad input never throws: it comes back as R001 or R002 in <see cref="RocarsRead{T}.LayoutError"/>.
/// </summary>
public static class RocarsReader
{
    /// <summary>An AciSubmission as posted to <paramref name="endpoint"/> (<see cref="RocarsEndpoint.Aci"/> or <see cref="RocarsEndpoint.Ssdd"/>).</summary>
    public static RocarsRead<AciSubmission> ReadAciSubmission(ReadOnlyMemory<byte> body, RocarsEndpoint endpoint) =>
        Read(body, (d, s) => AciSubmissionReader.Read(d, s, endpoint));

    public static RocarsRead<BundleSubmission> ReadBundleSubmission(ReadOnlyMemory<byte> body) =>
        Read(body, BundleSubmissionReader.Read);

    public static RocarsRead<AciResponse> ReadAciResponse(ReadOnlyMemory<byte> body) =>
        Read(body, AnswerReaders.ReadAciResponse);

    public static RocarsRead<AciRecord> ReadAciRecord(ReadOnlyMemory<byte> body) =>
        Read(body, AnswerReaders.ReadAciRecord);

    public static RocarsRead<BundleResponse> ReadBundleResponse(ReadOnlyMemory<byte> body) =>
        Read(body, AnswerReaders.ReadBundleResponse);

    public static RocarsRead<ClearanceInstruction> ReadClearanceInstruction(ReadOnlyMemory<byte> body) =>
        Read(body, AnswerReaders.ReadClearanceInstruction);

    internal static RocarsRead<T> Read<T>(ReadOnlyMemory<byte> body, Func<XDocument, LayoutScan, T?> read)
        where T : class => Read(SafeXml.TryLoad(body.Span), read);

    internal static RocarsRead<T> Read<T>(XDocument? document, Func<XDocument, LayoutScan, T?> read)
        where T : class
    {
        // A body that is not well formed has no MessageId to answer with (samples/rocars/06).
        if (document is null)
        {
            return new(null, RocarsErrors.Error(RocarsErrors.R001, "not well-formed XML"), [], string.Empty);
        }

        var scan = new LayoutScan();
        var result = read(document, scan);
        return scan.Failure is { } failure
            ? new(null, failure, [], RootElement.AnswerMessageId(document))
            : new(result, null, scan.ValueErrors, RootElement.AnswerMessageId(document));
    }
}
