namespace Strangler.RocarsXml.Rules;

/// <summary>When a bundle counts as live (rocars.md): from BUNDLED, while not unbundled and received-at &lt; ExpectedArrival + 24 hours.</summary>
public static class BundleLife
{
    public static readonly TimeSpan LiveAfterArrival = TimeSpan.FromHours(24);

    public static bool IsLive(DateTimeOffset expectedArrival, bool unbundled, DateTimeOffset receivedAt) =>
        !unbundled && receivedAt < expectedArrival + LiveAfterArrival;
}
