using Strangler.Legacy.History.Sinks;
using Strangler.Testing;

namespace Strangler.Legacy.History.Tests.Stores;

public sealed class PostgresStoreTests(PostgresDatabaseFixture database) : StandInStoreTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override HistoryStore Store => new(HistoryStore.Postgres, database.ConnectionString);
}
