namespace Strangler.Contracts.Http.Clients;

/// <summary>One configured client key: an element of the configuration array <c>Clients</c>.</summary>
public sealed class ClientKeyOptions
{
    /// <summary>The value the client sends as <c>X-Api-Key</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>Names of <see cref="Strangler.Contracts.Clients.ClientRole"/> members, e.g. <c>GetsDeclarant</c>.</summary>
    public List<string> Roles { get; set; } = [];

    public List<string> BrNumbers { get; set; } = [];

    public List<string> CarrierCodes { get; set; } = [];

    /// <summary>Air waybill prefixes (3 digits); <c>*</c> means every prefix.</summary>
    public List<string> AirWaybillPrefixes { get; set; } = [];

    /// <summary>UNB recipient of EDIFACT answers that have no request UNB.</summary>
    public string? EdifactPartyId { get; set; }
}
