using Strangler.Core.Store.Database;

namespace Strangler.Core.Store.Tests;

public sealed class SqliteDocumentStoreTests(SqliteStore store) : DocumentStoreTests, IClassFixture<SqliteStore>
{
    protected override CoreDatabase Database => store.Database;
}

public sealed class PostgresDocumentStoreTests(PostgresStore store) : DocumentStoreTests, IClassFixture<PostgresStore>
{
    protected override CoreDatabase Database => store.Database;
}

public sealed class SqliteReferenceNumberTests(SqliteStore store) : ReferenceNumberTests, IClassFixture<SqliteStore>
{
    protected override CoreDatabase Database => store.Database;
}

public sealed class PostgresReferenceNumberTests(PostgresStore store) : ReferenceNumberTests, IClassFixture<PostgresStore>
{
    protected override CoreDatabase Database => store.Database;
}
