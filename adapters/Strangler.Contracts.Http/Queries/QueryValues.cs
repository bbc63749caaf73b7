namespace Strangler.Contracts.Http.Queries;

/// <summary>The values of an endpoint's listed query parameters, defaults filled in.</summary>
public sealed class QueryValues
{
    private readonly Dictionary<string, long> _values;

    internal QueryValues(Dictionary<string, long> values) => _values = values;

    public static QueryValues None { get; } = new([]);

    /// <summary>The value of a listed parameter; asking for an unlisted one is a programming error.</summary>
    public long this[string name] => _values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"Query parameter {name} is not listed for this endpoint (WithContractQuery).");
}
