using Strangler.Legacy.Platform.Testing;

namespace Strangler.Legacy.Rocars.Tests;

/// <summary>The Oracle DDL reference in deploy/oracle stays the DDL of the migrations.</summary>
public sealed class SchemaTests
{
    [Fact]
    public void Oracle_ddl_in_deploy_matches_the_migrations()
    {
        var ddl = OracleDdlFile.EnsureCurrent<RocarsStandIn>();

        Assert.Contains("CREATE TABLE RCS_ACI_VERSION", ddl, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX UQ_RCS_REQUEST_LOG ON RCS_REQUEST_LOG (CLIENT_KEY ASC, MESSAGE_ID ASC)", ddl, StringComparison.Ordinal);
    }
}
