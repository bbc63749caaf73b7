using Microsoft.AspNetCore.Builder;

namespace Strangler.Contracts.Http.Queries;

/// <summary>Endpoint metadata: the query parameters the gate checks (400) before the handler runs.</summary>
public sealed record ContractQueryMetadata(IReadOnlyList<QueryParameter> Parameters);

/// <summary>Lists an endpoint's query parameters for the 400 rule; their values reach the handler in <c>ContractRequest.Query</c>.</summary>
public static class ContractQueryEndpointExtensions
{
    public static TBuilder WithContractQuery<TBuilder>(this TBuilder builder, params QueryParameter[] parameters)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var metadata = new ContractQueryMetadata(parameters.ToArray());
        builder.Add(endpoint => endpoint.Metadata.Add(metadata));
        return builder;
    }
}
