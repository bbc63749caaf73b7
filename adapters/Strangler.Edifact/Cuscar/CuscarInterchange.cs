using Strangler.Edifact.Checking;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Cuscar;

/// <summary>An interchange of CUSCAR manifests as a value: the UNB fields and each message's ref and manifest.</summary>
public sealed record CuscarInterchange(EnvelopeHeader Header, EquatableList<CuscarMessage> Messages);

/// <summary>One CUSCAR message: its UNH ref and its manifest.</summary>
public sealed record CuscarMessage(string Reference, CuscarManifest Manifest);

/// <summary>
/// A request body read and checked without stored state: the envelope (with its rejection, if any)
/// and, per message, the verdict of the four phases and the manifest when its structure passed
/// (phase 4 reached, business errors or not), which the store rules need next.
/// </summary>
public sealed record CuscarDecoded(InterchangeEnvelope Envelope, IReadOnlyList<CuscarMessageResult> Messages)
{
    /// <summary>The interchange as a value, when the envelope is accepted and every message was readable.</summary>
    public CuscarInterchange? ToInterchange() =>
        Envelope.IsAccepted && Envelope.Header is { } header && Messages.All(m => m.Manifest is not null)
            ? new CuscarInterchange(header, Messages.Select(m => new CuscarMessage(m.Message.Reference, m.Manifest!)).ToEquatableList())
            : null;
}

/// <summary>One message's checks: the verdict (phase and errors, in answer order) and the manifest if readable.</summary>
public sealed record CuscarMessageResult(EdifactMessage Message, MessageVerdict Verdict, CuscarManifest? Manifest)
{
    public bool IsAccepted => Verdict.Passed;
}
