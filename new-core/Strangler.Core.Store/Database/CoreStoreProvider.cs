namespace Strangler.Core.Store.Database;

/// <summary>The databases the core's store runs on: PostgreSQL in production and tests, SQLite as the embedded default.</summary>
public enum CoreStoreProvider
{
    Sqlite,
    Postgres,
}
