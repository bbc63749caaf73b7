using Strangler.Contracts.Checking;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Cuscar;

/// <summary>
/// Decodes EMAN request bodies (envelope, four phases without the store, manifests) and encodes
/// manifests canonically. Never throws on input.
/// </summary>
public static class CuscarCodec
{
    public static CuscarDecoded Decode(ReadOnlyMemory<byte> body, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var envelope = EnvelopeReader.Open(body.Span, EdifactInterface.Eman);
        if (!envelope.IsAccepted)
        {
            return new CuscarDecoded(envelope, []);
        }

        var results = new List<CuscarMessageResult>(envelope.Messages.Count);
        foreach (var message in envelope.Messages)
        {
            results.Add(Check(message, context));
        }

        return new CuscarDecoded(envelope, results);
    }

    // The four phases with the manifest mapped once (phase 4 and the caller both need it).
    private static CuscarMessageResult Check(EdifactMessage message, CheckContext context)
    {
        if (MessageChecker.CheckStructure(message, CuscarMessageType.Instance, context) is { } structural)
        {
            return new CuscarMessageResult(message, structural, null);
        }

        if (CuscarFormats.FirstFault(message.Segments, message.DecimalMark) is { } format)
        {
            return new CuscarMessageResult(message, new MessageVerdict(4, [format]), null);
        }

        var manifest = CuscarMapping.Map(message.Segments, message.DecimalMark);
        var verdict = new MessageVerdict(4, MessageChecker.Normalise(EmanRules.Check(manifest, context)));
        var readable = verdict.Errors.All(e => e.Code != EdifactErrors.Format);
        return new CuscarMessageResult(message, verdict, readable ? manifest : null);
    }

    /// <summary>The interchange in canonical form: <c>UNA:+.? '</c>, default separators, <c>.</c> decimal mark, LF after each segment.</summary>
    public static byte[] Encode(CuscarInterchange interchange) => CuscarEncoder.Encode(interchange);
}
