using Strangler.Contracts.Clients;

namespace Strangler.Contracts.Testing;

/// <summary>The client keys of contracts/samples/README.md: the test configuration of every implementation.</summary>
public static class SampleClientKeys
{
    private static readonly HashSet<string> None = [];

    public static ClientAuthority Tradelink { get; } =
        new("test-tradelink", ClientRole.GetsDeclarant, new HashSet<string> { "12345678" }, None, None, false, "TRADELINK01");

    public static ClientAuthority Msc { get; } =
        new("test-msc", ClientRole.EmanCarrier, None, new HashSet<string> { "MSCU", "PRDR" }, None, false, "MSCUAGENT");

    public static ClientAuthority Cathay { get; } =
        new("test-cathay", ClientRole.EmanCarrier | ClientRole.AccsAirline, None, new HashSet<string> { "CX" },
            new HashSet<string> { "160" }, false, "CXCARGO");

    public static ClientAuthority Hactl { get; } =
        new("test-hactl", ClientRole.AccsTerminalOperator, None, None, None, true, null);

    public static ClientAuthority Shipper { get; } =
        new("test-shipper", ClientRole.RocarsShipper, None, None, None, false, null);

    public static ClientAuthority Driver { get; } =
        new("test-driver", ClientRole.RocarsDriver, None, None, None, false, null);

    public static ClientAuthority Cnsw { get; } =
        new("test-cnsw", ClientRole.RocarsMainlandSingleWindow, None, None, None, false, null);

    public static IReadOnlyList<ClientAuthority> All { get; } = [Tradelink, Msc, Cathay, Hactl, Shipper, Driver, Cnsw];

    public static ClientAuthority ByKey(string key) => All.Single(k => k.Key == key);
}
