namespace Strangler.Legacy.History.Planning;

/// <summary>
/// How many parties the history reuses across documents: Hong Kong traders (each with a BR number),
/// overseas and Mainland counterparts, GETS service providers, ROCARS shippers (forwarders) and
/// transport companies, and goods vehicles.
/// </summary>
public sealed record PoolSizes(
    int Traders = 40,
    int Counterparts = 60,
    int ServiceProviders = 3,
    int Shippers = 4,
    int TransportCompanies = 4,
    int Vehicles = 24)
{
    public IEnumerable<string> Problems()
    {
        if (Traders < 1 || Counterparts < 1 || ServiceProviders < 1 || Shippers < 1 || TransportCompanies < 1 || Vehicles < 1)
        {
            yield return "Every pool needs at least one member.";
        }

        if (ServiceProviders > 9 || Shippers > 999 || TransportCompanies > 999)
        {
            yield return "At most 9 service providers and 999 shippers or transport companies.";
        }

        if (Traders > 1_000_000 || Vehicles > 100_000)
        {
            yield return "At most 1,000,000 traders and 100,000 vehicles.";
        }
    }
}
