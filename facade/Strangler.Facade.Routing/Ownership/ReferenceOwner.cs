using Strangler.Contracts.CodeLists;
using Strangler.Contracts.References;

namespace Strangler.Facade.Routing.Ownership;

/// <summary>
/// Which system issued a reference a follow-up request names (TDEC number, EMAN ref, CCRN, bundle ref, ACCS
/// receipt, answer interchange ref), and the mode it carries: the one place the facade asks.
/// </summary>
public static class ReferenceOwner
{
    /// <summary>False when the text is not a reference of any kind (then issuer and mode mean nothing).</summary>
    public static bool TryIssuer(string? reference, out IssuerBlock issuer, out TransportMode? mode)
    {
        if (ReferenceNumber.TryParse(reference, out var parsed))
        {
            issuer = parsed!.Issuer;
            mode = parsed.Mode;
            return true;
        }

        issuer = default;
        mode = null;
        return false;
    }
}
