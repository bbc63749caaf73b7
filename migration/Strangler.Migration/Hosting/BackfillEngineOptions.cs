using Strangler.Migration.Backfill;

namespace Strangler.Migration.Hosting;

/// <summary>
/// <c>Migration:</c> configuration of the backfill engine: the new core's store (<c>Core:Provider</c> <c>Sqlite</c> or
/// <c>Postgres</c>, <c>Core:ConnectionString</c>), the legacy stores (<c>Legacy:Provider</c> and one connection string per
/// interface under <c>Legacy:Gets</c>, <c>Eman</c>, <c>Rocars</c>, <c>Accs</c>; several may name one database, the tables
/// are prefixed), and the throttle (<c>Throttle:RecordsPerSecond</c> …). Connection strings come from the environment or
/// a secret store, never from a file in the repository.
/// </summary>
public sealed class BackfillEngineOptions
{
    public StoreSettings Core { get; set; } = new();

    public LegacySettings Legacy { get; set; } = new();

    public ThrottleOptions Throttle { get; set; } = new();

    public sealed class StoreSettings
    {
        public string Provider { get; set; } = "Sqlite";

        public string ConnectionString { get; set; } = "";
    }

    public sealed class LegacySettings
    {
        public string Provider { get; set; } = "Sqlite";

        public string Gets { get; set; } = "";

        public string Eman { get; set; } = "";

        public string Rocars { get; set; } = "";

        public string Accs { get; set; } = "";
    }
}
