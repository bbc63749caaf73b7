using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fhl;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Text;

namespace Strangler.CargoImp.Tests;

/// <summary>Generators of valid FWB, FHL and FFM models (every field inside the contract's grammar).</summary>
internal static class ModelGenerators
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digits = "0123456789";
    private const string TextCharacters = Letters + Digits + " .,-";

    private static Gen<string> Chars(string alphabet, int min, int max) =>
        from n in Gen.Choose(min, max)
        from cs in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), n)
        select new string(cs);

    private static Gen<string> Letters3 => Chars(Letters, 3, 3);

    // an..max ending in a non-space (a line's trailing spaces are removed on input), never vague.
    private static Gen<string> Text(int max) =>
        from body in Chars(TextCharacters, 0, max - 1)
        from last in Gen.Elements((Letters + Digits + ".,-").ToCharArray())
        let text = body + last
        where !GoodsDescription.IsVague(text)
        select text;

    private static Gen<T?> Optional<T>(Gen<T> gen) where T : class =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v));

    private static Gen<string> Number(int maxWhole, int maxDecimals) =>
        from whole in Gen.Choose(1, maxWhole)
        from decimals in Gen.Choose(0, maxDecimals)
        from fraction in Chars(Digits, decimals, decimals)
        select whole.ToString(CultureInfo.InvariantCulture) + (decimals == 0 ? "" : "." + fraction);

    public static Gen<string> AirWaybillNumber =>
        from prefix in Chars(Digits, 3, 3)
        from stem in Gen.Choose(0, 9_999_999)
        select $"{prefix}-{stem:D7}{Contracts.CheckDigits.AirWaybillNumber.CheckDigit(stem)}";

    public static Gen<AirWaybillLine> WaybillLine(bool inManifest) =>
        from number in AirWaybillNumber
        from origin in Letters3
        from destination in Letters3
        from kind in inManifest ? Gen.Elements(ShipmentKind.Total, ShipmentKind.Part, ShipmentKind.Split) : Gen.Constant(ShipmentKind.Total)
        from pieces in Gen.Choose(1, 9999)
        from total in Gen.Choose(1, 9999)
        from weight in Number(9_999_999, 1)
        from volume in Optional(Number(99_999, 2))
        from goods in inManifest ? Optional(Text(15)) : Gen.Constant<string?>(null)
        select AirWaybillLine.Create(number, origin, destination, kind, pieces, weight, volume, kind == ShipmentKind.Total ? null : total, goods);

    private static Gen<FwbParty> Party =>
        from name in Text(35)
        from address in Text(35)
        from place in Text(17)
        from country in Chars(Letters, 2, 2)
        from post in Optional(Text(9))
        select new FwbParty(name, address, place, country, post);

    private static Gen<string> CarrierCode => Chars(Letters + Digits, 2, 2);

    private static Gen<string> FlightNumber =>
        from digits in Chars(Digits, 1, 4)
        from suffix in Gen.Elements("", "A", "Z")
        select digits + suffix;

    private static Gen<string> Hts => Chars(Digits, 6, 10);

    private static Gen<ChargeDeclarations> Charges =>
        from currency in Letters3
        from code in Gen.Elements("PP", "CC")
        from carriage in Gen.OneOf(Gen.Constant("NVD"), Number(999_999_999, 2))
        from customs in Gen.OneOf(Gen.Constant("NCV"), Number(999_999_999, 2))
        from insurance in Gen.OneOf(Gen.Constant("XXX"), Number(999_999_999, 2))
        select new ChargeDeclarations(currency, code, carriage, customs, insurance);

    public static Gen<FwbMessage> Fwb =>
        from waybill in WaybillLine(inManifest: false)
        from carrier in CarrierCode
        from number in FlightNumber
        from day in Gen.Choose(1, 31)
        from routing in Optional(from a in Letters3 from c in CarrierCode select new FwbRouting(a, c))
        from shipper in Party
        from consignee in Party
        from charges in Optional(Charges)
        from goods in Text(60)
        from htsCount in Gen.Choose(0, 9)
        from hts in Gen.ListOf(Hts, htsCount)
        select new FwbMessage(waybill, new FwbFlight(carrier, number, day), routing, shipper, consignee, charges, goods, new EquatableList<string>(hts));

    private static Gen<HouseWaybill> House(int index) =>
        from number in Text(11)
        from origin in Letters3
        from destination in Letters3
        from pieces in Gen.Choose(1, 2499)
        from tenths in Gen.Choose(1, 999_999)
        from slac in Optional(Chars(Digits, 1, 4))
        from nature in Text(15)
        from txtCount in Gen.Choose(0, 9)
        from txt in Gen.ListOf(Text(60), txtCount)
        from htsCount in Gen.Choose(0, 9)
        from hts in Gen.ListOf(Hts, htsCount)
        select new HouseWaybill(
            (char)('A' + index) + number, origin, destination, pieces, Weight(tenths), slac, nature,
            new EquatableList<string>(txt), new EquatableList<string>(hts));

    private static string Weight(int tenths) =>
        (tenths / 10).ToString(CultureInfo.InvariantCulture) + "." + (tenths % 10).ToString(CultureInfo.InvariantCulture);

    public static Gen<FhlMessage> Fhl =>
        from count in Gen.Choose(1, 4)
        from houses in Gen.CollectToList(Enumerable.Range(0, count).Select(House))
        from number in AirWaybillNumber
        from origin in Letters3
        from destination in Letters3
        let pieces = houses.Sum(h => h.Pieces)
        let tenths = houses.Sum(h => (int)(h.Weight * 10))
        where pieces <= 9999
        select new FhlMessage(
            AirWaybillLine.Create(number, origin, destination, ShipmentKind.Total, pieces, Weight(tenths)),
            new EquatableList<HouseWaybill>(houses));

    private static Gen<UnloadingPoint> Point =>
        from airport in Letters3
        from bulkCount in Gen.Choose(0, 3)
        from bulk in Gen.ListOf(WaybillLine(inManifest: true), bulkCount)
        from deviceCount in Gen.Choose(bulkCount == 0 ? 1 : 0, 2)
        from devices in Gen.ListOf(Device, deviceCount)
        select new UnloadingPoint(airport, new EquatableList<AirWaybillLine>(bulk), new EquatableList<UnitLoadDevice>(devices));

    private static Gen<UnitLoadDevice> Device =>
        from type in Letters3
        from serial in Chars(Digits, 4, 5)
        from owner in CarrierCode
        from count in Gen.Choose(1, 3)
        from lines in Gen.ListOf(WaybillLine(inManifest: true), count)
        select new UnitLoadDevice(type + serial + owner, new EquatableList<AirWaybillLine>(lines));

    /// <summary>An FFM whose flight date lies within 150 days of <paramref name="received"/>, so its year is the one chosen.</summary>
    public static Gen<FfmMessage> Ffm(DateOnly received) =>
        from part in Gen.Choose(1, 99)
        from carrier in CarrierCode
        from number in FlightNumber
        from offset in Gen.Choose(-150, 150)
        from departure in Letters3
        from registration in Chars(Letters + Digits + "-", 1, 10)
        from pointCount in Gen.Choose(1, 3)
        from points in Gen.ListOf(Point, pointCount)
        from last in Gen.Elements(true, false)
        select new FfmMessage(
            part, new FlightIdentity(carrier, number, received.AddDays(offset), departure), registration,
            new EquatableList<UnloadingPoint>(points), last);
}
