namespace Strangler.CargoImp.Fwb;

/// <summary>
/// The <c>CVD</c> line: currency, <c>PP</c>/<c>CC</c>, the value for carriage (or <c>NVD</c>), for
/// customs (or <c>NCV</c>) and the insurance amount (or <c>XXX</c>). Values are kept as written.
/// </summary>
public sealed record ChargeDeclarations(string Currency, string ChargeCode, string CarriageValue, string CustomsValue, string Insurance)
{
    public const string NoCarriageValue = "NVD";
    public const string NoCustomsValue = "NCV";
    public const string NoInsurance = "XXX";
}
