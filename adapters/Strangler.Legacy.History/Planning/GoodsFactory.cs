using Bogus;
using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.TradeData;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Planning;

/// <summary>Draws the goods of a consignment: commodities, quantities, values, weights, volumes and packages typical of its mode.</summary>
internal static class GoodsFactory
{
    private const decimal MaxLineValue = 3_000_000m;
    private static readonly string[] ImportOrigins = ["CN", "JP", "VN", "TH", "MY", "DE", "US"];
    private static readonly string[] ExportOrigins = ["CN", "CN", "CN", "VN", "TW", "JP"];

    public static IReadOnlyList<GoodsLine> Lines(Randomizer random, CutoverUnit unit, bool import, string counterpartCountry)
    {
        var count = unit == CutoverUnit.Air ? random.Number(1, 2) : random.Number(1, 3);
        var lines = new List<GoodsLine>(count);
        var (minKg, maxKg) = unit switch
        {
            CutoverUnit.Air => (5m, 600m),
            CutoverUnit.Road => (200m, 6000m),
            CutoverUnit.River => (500m, 12000m),
            CutoverUnit.Rail => (1000m, 15000m),
            _ => (800m, 18000m),
        };
        var commodities = Commodities.All;
        for (var i = 0; i < count; i++)
        {
            var c = commodities[random.Skewed(commodities.Count)];
            var quantity = Quantity(c, random.Amount(minKg, maxKg, 1) / c.UnitWeight);
            quantity = Math.Min(quantity, Quantity(c, MaxLineValue / c.UnitValue));
            var weight = Math.Max(0.5m, Math.Round(quantity * c.UnitWeight * random.Amount(1.05m, 1.2m, 2), 1));
            var value = Math.Max(1m, Math.Round(quantity * c.UnitValue * random.Amount(0.8m, 1.25m, 2), 2));
            var volume = Math.Max(0.01m, Math.Round(weight / random.Amount(120m, 350m, 0), 2));
            var packages = (int)Math.Clamp(Math.Ceiling(weight / PackageKg(random, c.PackageCode)), 1, unit == CutoverUnit.Air ? 400 : 5000);
            var origin = import
                ? (random.Chance(0.8) ? counterpartCountry : random.Pick(ImportOrigins))
                : (random.Chance(0.3) ? "HK" : random.Pick(ExportOrigins));
            lines.Add(new GoodsLine(c, quantity, value, weight, volume, packages, origin));
        }

        return lines;
    }

    /// <summary>The GETS form: food imports 1A, Hong Kong made clothing exports 2A, a few exempt (1B, 2B), else 1 or 2.</summary>
    public static string Form(Randomizer random, bool import, IReadOnlyList<GoodsLine> goods)
    {
        if (random.Chance(0.03))
        {
            return import ? "1B" : "2B";
        }

        if (import)
        {
            return goods.All(g => g.Commodity.IsFood) ? "1A" : "1";
        }

        return goods.All(g => g.Commodity.IsClothing && g.OriginCountry == "HK") ? "2A" : "2";
    }

    private static decimal Quantity(Commodity c, decimal raw) =>
        c.Unit is "PCE" or "DZN" or "PR" ? Math.Max(1m, Math.Floor(raw)) : Math.Max(0.1m, Math.Round(raw, 1));

    private static decimal PackageKg(Randomizer random, string code) => code switch
    {
        "PK" => random.Amount(300m, 800m, 0),
        "BG" => random.Amount(25m, 50m, 0),
        "BX" => random.Amount(1m, 5m, 1),
        "CS" => random.Amount(9m, 12m, 1),
        "BL" => random.Amount(100m, 200m, 0),
        _ => random.Amount(8m, 20m, 1),
    };
}
