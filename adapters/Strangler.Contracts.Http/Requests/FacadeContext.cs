namespace Strangler.Contracts.Http.Requests;

/// <summary>
/// What the facade told us when it mirrored a request: the received-at to use, the references to issue
/// instead of drawing new ones (by EDIFACT message ref or <c>aci</c>, <c>bundle</c>, <c>receipt</c>), and the
/// answer interchange ref. Present only when the caller proved to be the facade.
/// </summary>
public sealed record FacadeContext(DateTimeOffset? ReceivedAt, IReadOnlyDictionary<string, string> Issued, string? AnswerRef)
{
    public static FacadeContext Empty { get; } = new(null, new Dictionary<string, string>(StringComparer.Ordinal), null);

    /// <summary>The reference the facade wants issued for <paramref name="id"/>, or null to draw a new one.</summary>
    public string? IssuedFor(string id) => Issued.TryGetValue(id, out var reference) ? reference : null;
}
