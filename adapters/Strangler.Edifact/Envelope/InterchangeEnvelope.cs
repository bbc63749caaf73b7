using Strangler.Contracts.Checking;
using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Envelope;

/// <summary>
/// The result of the envelope checks: the request's UNB as far as it was readable, and either the
/// messages (UNH..UNT each) or the one error that rejects the whole interchange.
/// </summary>
public sealed record InterchangeEnvelope(
    EdifactInterface Interface,
    Interchange Interchange,
    EnvelopeHeader? Header,
    IReadOnlyList<EdifactMessage> Messages,
    ContractError? Rejection)
{
    public bool IsAccepted => Rejection is null;

    /// <summary>UNB element 5 when it is 1–14 characters of A-Z 0-9, else empty (the envelope rejection echoes it so).</summary>
    public string EchoedInterchangeRef =>
        Header is { } h && EnvelopeReader.IsReference(h.InterchangeRef) ? h.InterchangeRef : string.Empty;
}
