namespace Strangler.Legacy.History.Parties;

/// <summary>A Hong Kong importer or exporter: BR number, name and office address; it declares its own goods in GETS.</summary>
public sealed record Trader(string BrNumber, string Name, string Street, string District, int ServiceProvider)
{
    /// <summary>The post code Hong Kong addresses carry in manifests (Hong Kong has none; 999077 is what carriers write).</summary>
    public const string PostCode = "999077";
}
