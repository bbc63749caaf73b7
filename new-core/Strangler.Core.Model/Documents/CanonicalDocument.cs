namespace Strangler.Core.Model.Documents;

/// <summary>
/// A document the core stores by version: a declaration, manifest, cargo report, road lodgement,
/// bundle or air waybill status. Sealed records derive from it, so documents compare by value.
/// </summary>
public abstract record CanonicalDocument
{
    private protected CanonicalDocument()
    {
    }
}
