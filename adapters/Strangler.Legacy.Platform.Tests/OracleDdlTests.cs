using Strangler.Legacy.Platform.Schema;
using Strangler.Legacy.Platform.Testing;
using Strangler.Legacy.Platform.Tests.Demo;

namespace Strangler.Legacy.Platform.Tests;

public sealed class OracleDdlTests
{
    [Fact]
    public void Oracle_ddl_is_printed_without_a_connection()
    {
        var ddl = SchemaMigrator.OracleDdl(typeof(DemoStandIn).Assembly, "DMO_");
        Assert.Contains(
            "CREATE TABLE DMO_SEQUENCES (SEQ_NAME VARCHAR2(30 CHAR) NOT NULL, SEQ_DAY NUMBER(10,0) NOT NULL, SEQ_VALUE NUMBER(19,0) NOT NULL, CONSTRAINT DMO_SEQUENCES_PK PRIMARY KEY (SEQ_NAME, SEQ_DAY));",
            ddl, StringComparison.Ordinal);
        Assert.Contains("DOC_REF CHAR(16 CHAR) NOT NULL", ddl, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX DMO_DOCUMENTS_REF_UX", ddl, StringComparison.Ordinal);
        Assert.Contains("RECEIVED_AT DATE NOT NULL", ddl, StringComparison.Ordinal);
        Assert.DoesNotContain(";;", ddl, StringComparison.Ordinal);
        Assert.Equal(ddl, SchemaMigrator.OracleDdl(typeof(DemoStandIn).Assembly, "DMO_"));
    }

    [Fact]
    public void The_ddl_files_live_in_deploy_oracle()
    {
        var path = OracleDdlFile.PathOf(OracleDdlFile.StoreName(new DemoStandIn()));
        Assert.EndsWith(Path.Combine("deploy", "oracle", "dmo.sql"), path, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.GetDirectoryName(path)));
    }
}
