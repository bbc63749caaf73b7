using Strangler.Contracts.Collections;
using Strangler.Facade.Routing.Edifact;

namespace Strangler.Facade.Routing.Answers;

/// <summary>
/// What the answering system issued, in the form of the facade-only headers: the <c>X-Strangler-Issued</c> pairs
/// (EDIFACT message ref, or <c>aci</c>, <c>bundle</c>, <c>receipt</c>, with the reference) and the EDIFACT answer
/// interchange ref for <c>X-Strangler-Answer-Ref</c>. Equal when both are equal (pairs in order).
/// </summary>
public sealed record IssuedReferences(IReadOnlyList<(string Id, string Reference)> Pairs, string? AnswerRef)
{
    public static IssuedReferences None { get; } = new(EquatableList<(string Id, string Reference)>.Empty, null);

    public bool Equals(IssuedReferences? other) =>
        other is not null && AnswerRef == other.AnswerRef && Pairs.SequenceEqual(other.Pairs);

    public override int GetHashCode() => HashCode.Combine(AnswerRef, Pairs.Count);

    /// <summary>The <c>X-Strangler-Issued</c> value, <c>id=ref; id=ref</c>; null when nothing was issued.</summary>
    public string? IssuedHeader() =>
        Pairs.Count == 0 ? null : string.Join("; ", Pairs.Select(p => $"{p.Id}={p.Reference}"));

    /// <summary>
    /// Only the references issued to new documents: a pair is dropped when its request message named that same
    /// reference (an accepted amendment or cancellation answers with the number it keeps). The systems refuse an
    /// <c>X-Strangler-Issued</c> reference that is already taken, so a mirrored amendment must not carry one.
    /// </summary>
    public IssuedReferences ForNewDocuments(EdifactRequestFacts request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var message in request.Messages)
        {
            if (message.Names is { } names)
            {
                named.TryAdd(message.MessageRef, names.Text);
            }
        }

        var kept = Pairs.Where(p => !(named.TryGetValue(p.Id, out var reference) && reference == p.Reference)).ToList();
        return kept.Count == Pairs.Count ? this : this with { Pairs = new EquatableList<(string Id, string Reference)>(kept) };
    }
}
