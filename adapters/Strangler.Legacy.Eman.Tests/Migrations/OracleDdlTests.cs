using Strangler.Legacy.Platform.Schema;
using Strangler.Legacy.Platform.Testing;

namespace Strangler.Legacy.Eman.Tests.Migrations;

public sealed class OracleDdlTests
{
    /// <summary>
    /// deploy/oracle/emn.sql (named by the table prefix, as the brief asks; the platform's
    /// OracleDdlFile would name it by the stand-in, eman.sql): written when missing or with
    /// STRANGLER_UPDATE_ORACLE_DDL=1, else it must equal the DDL of the current migrations.
    /// </summary>
    [Fact]
    public void Oracle_ddl_in_deploy_matches_the_migrations()
    {
        var standIn = new EmanStandIn();
        var ddl = SchemaMigrator.OracleDdl(standIn.MigrationsAssembly, standIn.TablePrefix);
        var path = OracleDdlFile.PathOf("emn");
        if (!File.Exists(path) || Environment.GetEnvironmentVariable(OracleDdlFile.UpdateVariable) == "1")
        {
            File.WriteAllText(path, ddl);
        }

        Assert.Equal(ddl, File.ReadAllText(path));
        Assert.Contains("CREATE TABLE EMN_MANIFEST ", ddl, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX EMN_MESSAGE_LOG_UK ", ddl, StringComparison.Ordinal);
    }
}
