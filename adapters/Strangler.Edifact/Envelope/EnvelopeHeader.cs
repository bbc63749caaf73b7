using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Envelope;

/// <summary>
/// The UNB of a request as sent (each field empty when absent). Answers copy the syntax identifier
/// and version when accepted and address the sender.
/// </summary>
public sealed record EnvelopeHeader(
    string SyntaxIdentifier,
    string SyntaxVersion,
    string SenderId,
    string RecipientId,
    string RecipientQualifier,
    string Date,
    string Time,
    string InterchangeRef)
{
    /// <summary>True for <c>UNOA</c>, <c>UNOB</c> or <c>UNOC</c> with version <c>2</c> or <c>3</c>.</summary>
    public bool IsSyntaxAccepted =>
        Repertoires.TryParse(SyntaxIdentifier, out _) && SyntaxVersion is "2" or "3";

    internal static EnvelopeHeader? Read(Interchange interchange)
    {
        if (interchange.Segments.Count == 0 || interchange.Segments[0] is not { Tag: "UNB" } unb)
        {
            return null;
        }

        // A field with a character fault is not read: the answer falls back as if it were absent.
        string Field(int element, int component) => unb.HasFaultIn(element) ? string.Empty : unb.Value(element, component);

        return new EnvelopeHeader(
            Field(1, 1), Field(1, 2), Field(2, 1), Field(3, 1), Field(3, 2), Field(4, 1), Field(4, 2), Field(5, 1));
    }
}
