namespace Strangler.Core.Model.Parties;

/// <summary>
/// A party of a document (WCO DM: Party): name, address, country, the identifier the interface
/// gives it (carrier code, EDIFACT party id), the BR number of a Hong Kong company, and its roles.
/// </summary>
public sealed record Party
{
    public required string Name { get; init; }

    public string? Address { get; init; }

    public string? City { get; init; }

    public string? PostCode { get; init; }

    /// <summary>ISO 3166 alpha-2 country code as received.</summary>
    public string? Country { get; init; }

    /// <summary>Business Registration number (8 digits) of a Hong Kong company, when the document gives it.</summary>
    public string? BrNumber { get; init; }

    /// <summary>The party's code in the interface (carrier code such as <c>MSCU</c>), when it has one.</summary>
    public string? Identifier { get; init; }

    /// <summary>UN/EDIFACT 3035 role codes (<see cref="PartyRoles"/>).</summary>
    public EquatableList<string> Roles { get; init; } = EquatableList<string>.Empty;
}
