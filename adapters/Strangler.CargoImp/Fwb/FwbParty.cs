namespace Strangler.CargoImp.Fwb;

/// <summary>A shipper (<c>SHP</c>) or consignee (<c>CNE</c>) block: name, address, place, country and optional post code.</summary>
public sealed record FwbParty(string Name, string Address, string Place, string Country, string? PostCode = null);
