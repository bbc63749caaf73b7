using Strangler.Legacy.History.TradeData;

namespace Strangler.Legacy.History.World;

/// <summary>
/// One kind of goods in a consignment: the commodity, quantity in its GETS unit, value in HKD
/// (2 decimals), gross weight in kg and volume in m³, packages, and country of origin.
/// </summary>
public sealed record GoodsLine(
    Commodity Commodity,
    decimal Quantity,
    decimal ValueHkd,
    decimal GrossKg,
    decimal VolumeM3,
    int Packages,
    string OriginCountry);
