using System.Globalization;

namespace Strangler.CargoImp.Fhl;

/// <summary>
/// One house of an FHL: <c>HBS/&lt;house no&gt;/&lt;origin&gt;&lt;destination&gt;/&lt;pieces&gt;/K&lt;weight&gt;/&lt;SLAC&gt;/&lt;nature of goods&gt;</c>,
/// then its <c>TXT</c> descriptions and <c>HTS</c> codes. The weight is kept as written.
/// </summary>
public sealed record HouseWaybill(
    string Number,
    string Origin,
    string Destination,
    int Pieces,
    string WeightText,
    string? Slac,
    string NatureOfGoods,
    EquatableList<string> Descriptions,
    EquatableList<string> HtsCodes)
{
    public decimal Weight => decimal.Parse(WeightText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
