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
            var verdict = MessageChecker.Check(message, CuscarMessageType.Instance, context);
            var readable = verdict.Phase == 4 && verdict.Errors.All(e => e.Code != EdifactErrors.Format);
            var manifest = readable ? CuscarMapping.Map(message.Segments, message.DecimalMark) : null;
            results.Add(new CuscarMessageResult(message, verdict, manifest));
        }

        return new CuscarDecoded(envelope, results);
    }

    /// <summary>The interchange in canonical form: <c>UNA:+.? '</c>, default separators, <c>.</c> decimal mark, LF after each segment.</summary>
    public static byte[] Encode(CuscarInterchange interchange) => CuscarEncoder.Encode(interchange);
}
