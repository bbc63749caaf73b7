using Strangler.Contracts.Clients;

namespace Strangler.Legacy.History.Clients;

/// <summary>
/// One client key of the generated history, in the shape of the platform's <c>Clients</c> configuration
/// entries: key, role names, the BR numbers, carrier codes and air waybill prefixes (<c>*</c> = all) it
/// may act for, its EDIFACT party id, and the company behind it.
/// </summary>
public sealed record HistoryClient(
    string Key,
    IReadOnlyList<ClientRole> Roles,
    IReadOnlyList<string> BrNumbers,
    IReadOnlyList<string> CarrierCodes,
    IReadOnlyList<string> AirWaybillPrefixes,
    string? EdifactPartyId,
    string CompanyName)
{
    public ClientAuthority ToAuthority()
    {
        var prefixes = AirWaybillPrefixes.Where(p => p != "*").ToHashSet(StringComparer.Ordinal);
        return new ClientAuthority(
            Key,
            Roles.Aggregate(ClientRole.None, (all, role) => all | role),
            BrNumbers.ToHashSet(StringComparer.Ordinal),
            CarrierCodes.ToHashSet(StringComparer.Ordinal),
            prefixes,
            AirWaybillPrefixes.Contains("*"),
            EdifactPartyId);
    }
}
