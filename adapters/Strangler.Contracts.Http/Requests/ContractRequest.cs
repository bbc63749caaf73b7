using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Queries;

namespace Strangler.Contracts.Http.Requests;

/// <summary>
/// A request that passed the gate, as a handler gets it: who calls (the key's authority), the body bytes as
/// received (a BOM is left for the codecs), the received-at (Hong Kong time, whole seconds), the facade's
/// context when the caller is the facade, and the values of the endpoint's listed query parameters.
/// Minimal API handlers take it as a parameter.
/// </summary>
public sealed class ContractRequest(
    ContractInterface contractInterface,
    ClientAuthority client,
    ReadOnlyMemory<byte> body,
    DateTimeOffset receivedAt,
    FacadeContext? facade,
    QueryValues query)
{
    public ContractInterface Interface { get; } = contractInterface;

    public ClientAuthority Client { get; } = client;

    public ReadOnlyMemory<byte> Body { get; } = body;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>Null unless the caller presented the facade credential.</summary>
    public FacadeContext? Facade { get; } = facade;

    public QueryValues Query { get; } = query;

    /// <summary>Minimal API binding: the request the gate stored for this call.</summary>
    public static ValueTask<ContractRequest?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<ContractRequest?>(From(context));
    }

    /// <summary>The request the gate stored; an endpoint outside every gated prefix asking for it is a programming error.</summary>
    public static ContractRequest From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<ContractRequest>()
            ?? throw new InvalidOperationException(
                $"No contract request for {context.Request.Path}: the endpoint is not under a gated interface prefix, or UseContractGate() is missing.");
    }
}
