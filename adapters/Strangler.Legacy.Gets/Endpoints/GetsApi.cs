using Strangler.Contracts.Http.Queries;
using Strangler.Contracts.Http.Requests;
using Strangler.Legacy.Gets.Processing;

namespace Strangler.Legacy.Gets.Endpoints;

/// <summary>The three GETS endpoints of gets.md, thin shims over <see cref="GetsProcessor"/>; the gate has already answered 401/415/413/400.</summary>
internal static class GetsApi
{
    public static WebApplication MapGetsApi(this WebApplication app)
    {
        var gets = app.MapGroup("/gets/v1");
        gets.MapPost("/messages", (ContractRequest request, GetsProcessor processor, CancellationToken cancellationToken) =>
            processor.SubmitAsync(request.Client, request.Body, request.ReceivedAt, request.Facade, cancellationToken));
        gets.MapGet("/declarations/{tdecNo}", (string tdecNo, ContractRequest request, GetsProcessor processor, CancellationToken cancellationToken) =>
            processor.DeclarationAsync(request.Client, tdecNo, request.ReceivedAt, request.Facade, cancellationToken));
        gets.MapGet("/acknowledgements", (ContractRequest request, GetsProcessor processor, CancellationToken cancellationToken) =>
                processor.AcknowledgementsAsync(
                    request.Client, request.Query["after"], (int)request.Query["max"], request.ReceivedAt, request.Facade, cancellationToken))
            .WithContractQuery(QueryParameter.Cursor(), QueryParameter.PageSize());
        return app;
    }
}
