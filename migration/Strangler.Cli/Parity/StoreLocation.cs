using Strangler.Core.Store.Database;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.Platform.Store;
using Strangler.Migration.Legacy;
using Strangler.Parity.Stores;

namespace Strangler.Cli.Parity;

/// <summary>
/// Where the stores of a data-parity run are: the legacy stand-ins' stores as <c>strangler history</c> names them
/// (<c>sqlite:&lt;folder&gt;</c> holding gets.db, eman.db, rocars.db, accs.db, or <c>postgres:&lt;connection string&gt;</c>
/// with the four prefixed schemas in one database), and the new core's store (<c>sqlite:&lt;file&gt;</c> or
/// <c>postgres:&lt;connection string&gt;</c>). Passwords belong in PGPASSWORD or ~/.pgpass, never on the command line.
/// </summary>
internal static class StoreLocation
{
    public static IReadOnlyList<LegacyStore> Legacy(HistoryStore store) =>
        [.. LegacyReaders.All.Select(reader =>
        {
            var provider = store.Provider == HistoryStore.Sqlite ? StoreProvider.Sqlite : StoreProvider.Postgres;
            var connectionString = store.ConnectionStringFor(reader.Interface.ToString().ToLowerInvariant());
            return new LegacyStore(reader, async ct =>
            {
                using var database = new LegacyDatabase(provider, connectionString);
                return await database.OpenAsync(ct);
            });
        })];

    public static bool TryCore(string? text, out CoreDatabase? core, out string? problem)
    {
        core = null;
        problem = null;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        var provider = colon > 0 ? text![..colon].Trim().ToLowerInvariant() : "";
        var location = colon > 0 ? text![(colon + 1)..].Trim() : "";
        if (provider is not ("sqlite" or "postgres") || location.Length == 0)
        {
            problem = "--core must be sqlite:<file> or postgres:<connection string>.";
            return false;
        }

        if (provider == "sqlite" && !File.Exists(location))
        {
            problem = $"--core: no such file {location}.";
            return false;
        }

        core = provider == "sqlite"
            ? new CoreDatabase(CoreStoreProvider.Sqlite, $"Data Source={Path.GetFullPath(location)};Mode=ReadOnly")
            : new CoreDatabase(CoreStoreProvider.Postgres, location);
        return true;
    }
}
