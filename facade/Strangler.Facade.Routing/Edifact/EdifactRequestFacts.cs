namespace Strangler.Facade.Routing.Edifact;

/// <summary>
/// What routing needs from a GETS or EMAN request interchange: its UNB refs and each message, in order. Equal when
/// the refs and the messages (in order) are equal.
/// </summary>
/// <param name="InterchangeRef">UNB element 5 component 1; null when absent.</param>
/// <param name="SenderId">UNB element 2 component 1; null when absent.</param>
/// <param name="Messages">One entry per message whose UNH ref is readable, in body order.</param>
public sealed record EdifactRequestFacts(string? InterchangeRef, string? SenderId, IReadOnlyList<EdifactMessageFacts> Messages)
{
    public bool Equals(EdifactRequestFacts? other) =>
        other is not null && InterchangeRef == other.InterchangeRef && SenderId == other.SenderId &&
        Messages.SequenceEqual(other.Messages);

    public override int GetHashCode() => HashCode.Combine(InterchangeRef, SenderId, Messages.Count);
}
