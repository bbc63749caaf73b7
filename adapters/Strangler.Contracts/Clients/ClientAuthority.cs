namespace Strangler.Contracts.Clients;

/// <summary>The roles a client key can hold on the four interfaces (contracts/README.md, "Client keys and roles").</summary>
[Flags]
public enum ClientRole
{
    None = 0,
    GetsDeclarant = 1 << 0,
    EmanCarrier = 1 << 1,
    RocarsShipper = 1 << 2,
    RocarsDriver = 1 << 3,
    RocarsMainlandSingleWindow = 1 << 4,
    AccsAirline = 1 << 5,
    AccsTerminalOperator = 1 << 6,
}

/// <summary>
/// What a client key may do: its roles, the BR numbers, carrier codes and air waybill prefixes it
/// may act for, and its EDIFACT party id (the UNB recipient of answers that have no request UNB).
/// Configuration of the legacy systems and the new core alike.
/// </summary>
public sealed record ClientAuthority(
    string Key,
    ClientRole Roles,
    IReadOnlySet<string> BrNumbers,
    IReadOnlySet<string> CarrierCodes,
    IReadOnlySet<string> AirWaybillPrefixes,
    bool AllAirWaybillPrefixes,
    string? EdifactPartyId)
{
    public bool Has(ClientRole role) => (Roles & role) == role;

    public bool MayActForBr(string brNumber) => BrNumbers.Contains(brNumber);

    public bool MayActForCarrier(string carrierCode) => CarrierCodes.Contains(carrierCode);

    public bool MayActForPrefix(string prefix) => AllAirWaybillPrefixes || AirWaybillPrefixes.Contains(prefix);
}
