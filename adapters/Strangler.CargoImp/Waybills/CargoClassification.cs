namespace Strangler.CargoImp.Waybills;

/// <summary>Whether Customs risk-assesses an air waybill: imports and exports are, transit is not (stays <c>NA</c>).</summary>
public enum CargoClassification
{
    Import,
    Export,
    Transit,
}

public static class CargoClassifications
{
    /// <summary>Hong Kong's IATA airport code.</summary>
    public const string HongKong = "HKG";

    /// <summary>FWB: an export if the origin is HKG, an import if the destination is HKG, else transit.</summary>
    public static CargoClassification OfWaybill(string origin, string destination) =>
        origin == HongKong ? CargoClassification.Export
        : destination == HongKong ? CargoClassification.Import
        : CargoClassification.Transit;

    /// <summary>FFM, per point-of-unloading block: unloading at HKG is an import, departure from HKG an export, else transit.</summary>
    public static CargoClassification OfManifestBlock(string departureAirport, string unloadingAirport) =>
        unloadingAirport == HongKong ? CargoClassification.Import
        : departureAirport == HongKong ? CargoClassification.Export
        : CargoClassification.Transit;
}
