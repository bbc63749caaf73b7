using FluentMigrator;

namespace Strangler.Core.Store.Schema;

/// <summary>
/// lz4 instead of pglz for the two wide columns of a version (PostgreSQL 14 and later): about half the server CPU of a
/// bulk ingest (new-core/Strangler.Core.Ingest/README.md), same values for every reader. Rows already stored keep their
/// compression until rewritten. SQLite does not compress.
/// </summary>
[Migration(2026_11_27_0001, "lz4 compression of core_document_version wide columns")]
public sealed class M0003_VersionCompression : Migration
{
    public override void Up() =>
        IfDatabase(type => type.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase)).Execute.Sql(
            "ALTER TABLE core_document_version ALTER COLUMN canonical_form SET COMPRESSION lz4, ALTER COLUMN document_json SET COMPRESSION lz4");

    public override void Down() =>
        IfDatabase(type => type.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase)).Execute.Sql(
            "ALTER TABLE core_document_version ALTER COLUMN canonical_form SET COMPRESSION pglz, ALTER COLUMN document_json SET COMPRESSION pglz");
}
