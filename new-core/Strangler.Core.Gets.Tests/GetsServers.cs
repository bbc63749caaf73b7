using Strangler.Core.Testing;

namespace Strangler.Core.Gets.Tests;

/// <summary>The sample keys plus a second GETS key acting for the same BR number (other-key rules).</summary>
internal static class GetsSettings
{
    public const string OtherKey = "test-gets-other";

    public static IReadOnlyDictionary<string, string?> Values { get; } = new Dictionary<string, string?>
    {
        ["Clients:7:Key"] = OtherKey,
        ["Clients:7:Roles:0"] = "GetsDeclarant",
        ["Clients:7:BrNumbers:0"] = "12345678",
        ["Clients:7:EdifactPartyId"] = "OTHERPARTY",
    };
}

public sealed class SqliteGetsServer() : SqliteCoreServer(new GetsModule())
{
    protected override IReadOnlyDictionary<string, string?> Settings => GetsSettings.Values;
}

public sealed class PostgresGetsServer() : PostgresCoreServer(new GetsModule())
{
    protected override IReadOnlyDictionary<string, string?> Settings => GetsSettings.Values;
}
