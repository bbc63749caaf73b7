using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Cusres;

/// <summary>
/// What every CUSRES names about the message it answers: the request's interchange ref and message
/// ref (RFF+ACW) and the document number echoed in BGM.
/// </summary>
public sealed record AnswerSubject(string InterchangeRef, string MessageRef, string DocumentNumber)
{
    public const int MaxEchoLength = 35;

    public static AnswerSubject Of(InterchangeEnvelope request, EdifactMessage message)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(message);
        return new(request.Header?.InterchangeRef ?? string.Empty, message.Reference, EchoedDocumentNumber(message));
    }

    /// <summary>
    /// The BGM document number echoed in every answer but an envelope rejection: BGM element 2 (its first component) when
    /// the message's second segment is a BGM whose element 2 has no character fault and at most 35
    /// characters; else empty.
    /// </summary>
    public static string EchoedDocumentNumber(EdifactMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Segments.Count < 2 || message.Segments[1] is not { Tag: "BGM" } bgm || bgm.HasFaultIn(2))
        {
            return string.Empty;
        }

        // The document number is component 1 of the composite (later components, version and revision, are not echoed).
        var value = bgm.Value(2);
        return value.Length <= MaxEchoLength ? value : string.Empty;
    }
}
