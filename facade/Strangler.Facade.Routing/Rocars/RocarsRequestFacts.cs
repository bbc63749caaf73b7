using Strangler.Contracts.References;

namespace Strangler.Facade.Routing.Rocars;

/// <summary>
/// What routing needs from a ROCARS POST body: the root (<c>AciSubmission</c>, <c>BundleSubmission</c>), the
/// MessageId, the Function and the CCRN an AMEND or CANCEL names, and for a bundle its Vrn and first CCRN.
/// Values are whitespace-collapsed; null when absent, empty, holding an element, or outside <c>urn:hk:rocars:1</c>.
/// </summary>
/// <param name="RootElement">The root element's local name, whatever its namespace.</param>
/// <param name="InRocarsNamespace">Whether the root is in <c>urn:hk:rocars:1</c> (else the systems answer R001).</param>
/// <param name="NamedCcrn">The root's <c>Ccrn</c> child (AciSubmission with AMEND or CANCEL).</param>
/// <param name="Names"><paramref name="NamedCcrn"/> read as a CCRN (pattern and check digit), else null.</param>
/// <param name="FirstCcrn">The first <c>Ccrns/Ccrn</c> of a BundleSubmission.</param>
public sealed record RocarsRequestFacts(
    string RootElement,
    bool InRocarsNamespace,
    string? MessageId,
    string? Function,
    string? NamedCcrn,
    ReferenceNumber? Names,
    string? Vrn,
    string? FirstCcrn);
