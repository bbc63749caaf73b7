using Strangler.Legacy.Accs.Tests.TestSupport;

namespace Strangler.Legacy.Accs.Tests.Http;

public sealed class AccsOnSqlite : AccsBehaviour
{
    protected override StoreSource Source => StoreSource.Sqlite;
}

public sealed class AccsOnPostgres : AccsBehaviour
{
    protected override StoreSource Source => StoreSource.Postgres;
}
