using Strangler.Contracts.CodeLists;

namespace Strangler.Legacy.History.Traffic;

/// <summary>A document as planned: its kind, its mode, and the error code it is meant to get (null: meant to be accepted).</summary>
public sealed record DocumentIntent(DocumentKind Kind, CutoverUnit Unit, string? IntendedError = null);

/// <summary>
/// How a document was answered: accepted or not, the error codes, whether the answer marked it late
/// (GETS penalty, EMAN <c>GIS+LT</c>) and the reference issued or named.
/// </summary>
public sealed record DocumentOutcome(DocumentIntent Intent, bool Accepted, IReadOnlyList<string> Errors, bool Late, string? Reference)
{
    /// <summary>Accepted when meant to be; rejected with exactly the intended code when meant to be rejected.</summary>
    public bool AsIntended => Intent.IntendedError is null
        ? Accepted
        : !Accepted && Errors.Count == 1 && Errors[0] == Intent.IntendedError;

    public static DocumentOutcome Unreadable(DocumentIntent intent) => new(intent, false, ["?"], false, null);
}
