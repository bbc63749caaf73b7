namespace Strangler.Core.Model.Parties;

/// <summary>The party role codes (UN/EDIFACT 3035, as the WCO Data Model uses them) the canonical model assigns.</summary>
public static class PartyRoles
{
    public const string Consignor = "CZ";
    public const string Consignee = "CN";
    public const string Carrier = "CA";
    public const string Declarant = "DT";
    public const string Importer = "IM";
    public const string Exporter = "EX";

    /// <summary>The party that lodges an ACI (shipper or forwarder acting for it).</summary>
    public const string Shipper = "SH";
}
