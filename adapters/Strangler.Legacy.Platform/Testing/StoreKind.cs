namespace Strangler.Legacy.Platform.Testing;

/// <summary>Which database a test host puts the stand-in's store in.</summary>
public abstract record StoreKind
{
    private StoreKind()
    {
    }

    /// <summary>A fresh SQLite file in the temp folder, deleted when the host is disposed.</summary>
    public static StoreKind Sqlite { get; } = new SqliteStore();

    /// <summary>A PostgreSQL database given by the test (e.g. <c>PostgresDatabaseFixture.ConnectionString</c>).</summary>
    public static StoreKind Postgres(string connectionString) => new PostgresStore(connectionString);

    public sealed record SqliteStore : StoreKind
    {
        public override string ToString() => "sqlite";
    }

    public sealed record PostgresStore(string ConnectionString) : StoreKind
    {
        public override string ToString() => "postgres";
    }
}
