using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Strangler.Facade.Routing.Accs;
using Strangler.Facade.Routing.Edifact;
using Strangler.Facade.Routing.Rocars;

namespace Strangler.Facade.Routing;

/// <summary>What the planner may look at: method, path, query, the client key and what the readers found in the body.</summary>
public sealed class RequestFacts
{
    public required string Method { get; init; }

    public required string Path { get; init; }

    public IQueryCollection? QueryValues { get; init; }

    public string? ApiKey { get; init; }

    public EdifactRequestFacts? Edifact { get; init; }

    public RocarsRequestFacts? Rocars { get; init; }

    public AccsRequestFacts? Accs { get; init; }

    public bool IsGet => HttpMethods.IsGet(Method);

    public bool IsPost => HttpMethods.IsPost(Method);

    public bool IsDelete => HttpMethods.IsDelete(Method);

    /// <summary>A query value given exactly once, else null.</summary>
    public string? Query(string name) =>
        QueryValues is not null && QueryValues.TryGetValue(name, out StringValues values) && values.Count == 1 ? values[0] : null;
}
