namespace Strangler.Legacy.History.Sinks;

/// <summary>
/// Where the stand-ins' stores are: <c>sqlite:&lt;folder&gt;</c> (one file per stand-in, <c>&lt;folder&gt;/gets.db</c> …, as a
/// stand-in's own <c>data/</c> folder holds it) or <c>postgres:&lt;Npgsql connection string&gt;</c> (the four stores share
/// the database; their tables are prefixed).
/// </summary>
public sealed record HistoryStore(string Provider, string Location)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static bool TryParse(string? text, out HistoryStore? store, out string? problem)
    {
        store = null;
        problem = null;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        var provider = colon > 0 ? text![..colon].Trim().ToLowerInvariant() : "";
        var location = colon > 0 ? text![(colon + 1)..].Trim() : "";
        if (provider is not (Sqlite or Postgres) || location.Length == 0)
        {
            problem = "--store must be sqlite:<folder> or postgres:<connection string>.";
            return false;
        }

        store = new HistoryStore(provider, location);
        return true;
    }

    /// <summary>The <c>Store:ConnectionString</c> of the stand-in called <paramref name="standIn"/> (gets, eman, rocars, accs).</summary>
    public string ConnectionStringFor(string standIn) =>
        Provider == Sqlite ? $"Data Source={Path.Combine(Path.GetFullPath(Location), standIn + ".db")}" : Location;

    public override string ToString() => Provider == Sqlite ? $"sqlite:{Location}" : "postgres:(connection string)";
}
