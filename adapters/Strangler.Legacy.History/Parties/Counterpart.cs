namespace Strangler.Legacy.History.Parties;

/// <summary>An overseas or Mainland consignor or consignee: name, street, city, post code and country.</summary>
public sealed record Counterpart(string Name, string Street, string City, string PostCode, string Country);
