using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;

namespace Strangler.RocarsXml.Rules;

/// <summary>
/// Which keys may call which endpoint (rocars.md, "Endpoints"). Outside its roles a key gets R041 on
/// POST and DELETE and 404 on GET; on /ssdd a key without the Mainland single window role gets R040,
/// never R041. Ownership (the lodging key, the key that made the bundle) is for the store.
/// </summary>
public static class RocarsRoles
{
    public static bool MayCall(RocarsEndpoint endpoint, ClientAuthority client) => endpoint switch
    {
        RocarsEndpoint.Aci => client.Has(ClientRole.RocarsShipper),
        RocarsEndpoint.Ssdd => client.Has(ClientRole.RocarsMainlandSingleWindow),
        RocarsEndpoint.AciRecord => client.Has(ClientRole.RocarsShipper) || client.Has(ClientRole.RocarsDriver) ||
                                    client.Has(ClientRole.RocarsMainlandSingleWindow),
        RocarsEndpoint.Bundles or RocarsEndpoint.BundleDelete or RocarsEndpoint.Clearance => client.Has(ClientRole.RocarsDriver),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>R040 or R041 for a POST or DELETE outside the key's roles, else null.</summary>
    public static ContractError? Refusal(RocarsEndpoint endpoint, ClientAuthority client) =>
        MayCall(endpoint, client)
            ? null
            : RocarsErrors.Error(endpoint == RocarsEndpoint.Ssdd ? RocarsErrors.R040 : RocarsErrors.R041, endpoint.ToString());
}
