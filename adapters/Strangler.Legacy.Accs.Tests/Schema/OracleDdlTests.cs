using Strangler.Legacy.Platform.Schema;
using Strangler.Legacy.Platform.Testing;

namespace Strangler.Legacy.Accs.Tests.Schema;

public sealed class OracleDdlTests
{
    // deploy/oracle/acc.sql (named by the table prefix, as the other legacy stores' files are).
    [Fact]
    public void Oracle_ddl_in_deploy_matches_the_migrations()
    {
        var standIn = new AccsStandIn();
        var ddl = SchemaMigrator.OracleDdl(standIn.MigrationsAssembly, standIn.TablePrefix);
        var path = OracleDdlFile.PathOf("acc");
        if (!File.Exists(path) || Environment.GetEnvironmentVariable(OracleDdlFile.UpdateVariable) == "1")
        {
            File.WriteAllText(path, ddl);
        }

        Assert.Equal(ddl, File.ReadAllText(path));
        Assert.Contains("CREATE TABLE ACC_AWB", ddl, StringComparison.Ordinal);
    }
}
