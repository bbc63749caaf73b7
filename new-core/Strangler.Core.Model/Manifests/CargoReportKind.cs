namespace Strangler.Core.Model.Manifests;

/// <summary>Which Cargo-IMP message a cargo report came from.</summary>
public enum CargoReportKind
{
    /// <summary>FWB: one master air waybill with its parties and flight.</summary>
    AirWaybill,

    /// <summary>FHL: a master air waybill and its houses.</summary>
    HouseManifest,

    /// <summary>FFM: the air waybills loaded on a flight.</summary>
    FlightManifest,
}
