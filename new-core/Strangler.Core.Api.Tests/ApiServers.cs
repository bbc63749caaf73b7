using Strangler.Core.Testing;

namespace Strangler.Core.Api.Tests;

/// <summary>Extra keys for the API tests: a trader that both declares and lodges ACIs, and a key only the paging test uses.</summary>
internal static class ApiKeys
{
    public const string Trader = "test-api-trader";
    public const string Pager = "test-api-pager";

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Clients:7:Key"] = Trader,
        ["Clients:7:Roles:0"] = "GetsDeclarant",
        ["Clients:7:Roles:1"] = "RocarsShipper",
        ["Clients:7:BrNumbers:0"] = "12345678",
        ["Clients:7:AirWaybillPrefixes:0"] = "160",
        ["Clients:8:Key"] = Pager,
        ["Clients:8:Roles:0"] = "RocarsShipper",
    };
}

public sealed class SqliteApiServer() : SqliteCoreServer(new ApiModule())
{
    protected override IReadOnlyDictionary<string, string?> Settings => ApiKeys.Settings;
}

public sealed class PostgresApiServer() : PostgresCoreServer(new ApiModule())
{
    protected override IReadOnlyDictionary<string, string?> Settings => ApiKeys.Settings;
}
