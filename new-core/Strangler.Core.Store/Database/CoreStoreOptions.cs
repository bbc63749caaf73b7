namespace Strangler.Core.Store.Database;

/// <summary>The <c>CoreStore</c> configuration section: which provider and where.</summary>
public sealed class CoreStoreOptions
{
    public const string SectionName = "CoreStore";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>, case-insensitive.</summary>
    public string Provider { get; set; } = nameof(CoreStoreProvider.Sqlite);

    public string? ConnectionString { get; set; }

    /// <summary>The provider, or an <see cref="InvalidOperationException"/> naming the bad setting (start-up validation).</summary>
    public CoreStoreProvider ParsedProvider =>
        Enum.TryParse<CoreStoreProvider>(Provider, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new InvalidOperationException($"CoreStore:Provider '{Provider}' is not Sqlite or Postgres.");

    /// <summary>The problems of these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.TryParse<CoreStoreProvider>(Provider, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            problems.Add($"CoreStore:Provider '{Provider}' is not Sqlite or Postgres.");
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add("CoreStore:ConnectionString is required.");
        }

        return problems;
    }
}
