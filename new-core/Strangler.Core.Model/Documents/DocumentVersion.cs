namespace Strangler.Core.Model.Documents;

/// <summary>
/// One version of one document as received: its number (1 for the original), function, received-at
/// (Hong Kong time), the reference issued for the document (TDEC number, EMAN ref, CCRN, ACCS
/// receipt), the interface and client key it came from, and its content (null for a cancellation
/// that carries none, such as a ROCARS CANCEL).
/// </summary>
public sealed record DocumentVersion
{
    public required int Number { get; init; }

    public required DocumentFunction Function { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public string? IssuedReference { get; init; }

    public required SourceInterface Source { get; init; }

    public required string ClientKey { get; init; }

    public CanonicalDocument? Document { get; init; }
}
