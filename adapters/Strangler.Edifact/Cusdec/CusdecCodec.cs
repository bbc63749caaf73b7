using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Cusdec;

/// <summary>Decodes a GETS request body into declarations (best effort per message) and encodes them back.</summary>
public static class CusdecCodec
{
    /// <summary>The interchange's declarations, or null when its envelope is rejected.</summary>
    public static CusdecInterchange? Decode(ReadOnlySpan<byte> body)
    {
        var envelope = EnvelopeReader.Open(body, EdifactInterface.Gets);
        if (!envelope.IsAccepted || envelope.Header is not { } h)
        {
            return null;
        }

        return new CusdecInterchange(
            new RequestEnvelope(h.SenderId, h.Date, h.Time, h.InterchangeRef, h.SyntaxIdentifier, h.SyntaxVersion),
            envelope.Messages.Select(CusdecMapper.Map).ToEquatableList());
    }

    public static byte[] Encode(CusdecInterchange interchange) => CusdecEncoder.Encode(interchange);
}
