namespace Strangler.Legacy.History.TradeData;

/// <summary>
/// A kind of goods Hong Kong trades: its 8-digit HKHS code, a description as a declarant writes it,
/// a short nature of goods (Cargo-IMP, at most 15 characters), the GETS quantity unit, a typical value
/// per unit in HKD and weight per unit in kg, the package code it usually travels in, and whether it
/// is food (GETS form 1A) or clothing (form 2A when Hong Kong made).
/// </summary>
public sealed record Commodity(
    string Hkhs,
    string Description,
    string Nature,
    string Unit,
    decimal UnitValue,
    decimal UnitWeight,
    string PackageCode,
    bool IsFood = false,
    bool IsClothing = false)
{
    /// <summary>The 6-digit HS code (EMAN PIA, Cargo-IMP HTS).</summary>
    public string Hs6 => Hkhs[..6];
}
