using System.Globalization;
using Bogus;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.TradeData;

namespace Strangler.Legacy.History.Parties;

/// <summary>
/// The parties the history reuses across documents, drawn once from the plan's seed with Bogus
/// (seeded, never the global randomizer): Hong Kong traders with unique BR numbers, each served by
/// one GETS service provider, and overseas and Mainland counterparts.
/// </summary>
public sealed class PartyPools
{
    private static readonly string[] EnglishLocales = ["en_US", "en_GB", "en_AU", "en_CA", "en_IE"];
    private static readonly Dictionary<string, string> CountryOfLocale = new()
    {
        ["en_US"] = "US", ["en_GB"] = "GB", ["en_AU"] = "AU", ["en_CA"] = "CA", ["en_IE"] = "IE",
    };

    private static readonly string[] OtherCountries = ["JP", "SG", "KR", "TW", "DE", "NL", "FR", "VN", "TH", "MY", "AE", "IN"];

    private PartyPools(IReadOnlyList<Trader> traders, IReadOnlyList<Counterpart> overseas, IReadOnlyList<Counterpart> mainland)
    {
        Traders = traders;
        Overseas = overseas;
        Mainland = mainland;
    }

    public IReadOnlyList<Trader> Traders { get; }

    /// <summary>Counterparts outside the Mainland (sea and air trade).</summary>
    public IReadOnlyList<Counterpart> Overseas { get; }

    /// <summary>Mainland counterparts (road, river and rail trade, and a share of sea and air).</summary>
    public IReadOnlyList<Counterpart> Mainland { get; }

    public static PartyPools Build(HistoryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var random = new Randomizer(Seeds.Of(plan.Seed, "parties"));
        var traders = new List<Trader>(plan.Pools.Traders);
        var usedBrs = new HashSet<string>(StringComparer.Ordinal);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Pools.Traders; i++)
        {
            string br;
            do
            {
                br = random.Number(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
            }
            while (!usedBrs.Add(br));

            var name = UniqueName(usedNames, () => PartyText.Clean(
                $"{random.Pick(CompanyNames.HongKongWords)} {random.Pick(CompanyNames.HongKongWords)} "
                + random.Pick(CompanyNames.HongKongTrades), 35), i);
            var street = PartyText.Clean(
                $"UNIT {random.Number(1, 28)}{random.Number(1, 20):D2} {random.Number(1, 200)} {random.Pick(Places.Streets)}", 35);
            traders.Add(new Trader(br, name, street, random.Pick(Places.Districts), i % plan.Pools.ServiceProviders));
        }

        var counterparts = plan.Pools.Counterparts;
        var mainland = new List<Counterpart>(counterparts / 2 + 1);
        var overseas = new List<Counterpart>(counterparts / 2 + 1);
        var fakers = EnglishLocales.ToDictionary(l => l, l => new Faker(l) { Random = new Randomizer(Seeds.Of(plan.Seed, "faker-" + l)) });
        for (var i = 0; i < counterparts; i++)
        {
            if (i % 2 == 0)
            {
                var city = random.Pick(Places.MainlandCities);
                mainland.Add(new Counterpart(
                    UniqueName(usedNames, () => PartyText.Clean(
                        $"{city} {random.Pick(CompanyNames.MainlandWords)} {random.Pick(CompanyNames.MainlandTrades)}", 35), i),
                    PartyText.Clean($"NO {random.Number(1, 999)} {random.Pick(CompanyNames.MainlandWords)} ROAD", 35),
                    city,
                    random.Number(510_000, 529_999).ToString(CultureInfo.InvariantCulture),
                    "CN"));
            }
            else
            {
                var locale = random.ArrayElement(EnglishLocales);
                var faker = fakers[locale];
                var country = random.Bool(0.5f) ? CountryOfLocale[locale] : random.ArrayElement(OtherCountries);
                overseas.Add(new Counterpart(
                    UniqueName(usedNames, () => PartyText.Clean(faker.Company.CompanyName() + " " + faker.Company.CompanySuffix(), 35), i),
                    PartyText.Clean(faker.Address.StreetAddress(), 35),
                    PartyText.Clean(faker.Address.City(), 17),
                    PartyText.Clean(faker.Address.ZipCode(), 9).Replace(" ", "", StringComparison.Ordinal),
                    country));
            }
        }

        if (overseas.Count == 0)
        {
            overseas.Add(new Counterpart("PACIFIC IMPORTS INC", "1 MARKET STREET", "SAN FRANCISCO", "94105", "US"));
        }

        return new PartyPools(traders, overseas, mainland);
    }

    // A few draws to find an unused name, then a numbered one: names identify parties in the stores.
    private static string UniqueName(HashSet<string> used, Func<string> draw, int index)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var name = draw();
            if (used.Add(name))
            {
                return name;
            }
        }

        var numbered = PartyText.Clean($"{draw()}", 28) + " " + index.ToString(CultureInfo.InvariantCulture);
        used.Add(numbered);
        return numbered;
    }
}
