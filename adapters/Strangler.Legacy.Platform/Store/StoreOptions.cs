using System.ComponentModel.DataAnnotations;

namespace Strangler.Legacy.Platform.Store;

/// <summary>Section <c>Store</c>: which database a stand-in keeps its legacy store in.</summary>
public sealed class StoreOptions : IValidatableObject
{
    public const string SectionName = "Store";

    /// <summary><c>sqlite</c> (embedded default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>
    /// An ADO.NET connection string of the provider. Empty with SQLite: <c>Data Source=data/&lt;stand-in&gt;.db</c>
    /// under the content root.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite: how long a connection waits for the write lock before failing (the writes are serialised anyway).</summary>
    [Range(1, 600)]
    public int BusyTimeoutSeconds { get; set; } = 30;

    public StoreProvider ParsedProvider => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => StoreProvider.Sqlite,
        "postgres" or "postgresql" => StoreProvider.Postgres,
        _ => throw new InvalidOperationException($"Store:Provider '{Provider}' is neither sqlite nor postgres."),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var provider = (Provider ?? "").Trim().ToLowerInvariant();
        if (provider is not ("sqlite" or "postgres" or "postgresql"))
        {
            yield return new ValidationResult($"Store:Provider must be sqlite or postgres, not '{Provider}'.", [nameof(Provider)]);
        }
        else if (provider != "sqlite" && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Store:ConnectionString is required for postgres.", [nameof(ConnectionString)]);
        }
    }
}
