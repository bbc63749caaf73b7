using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Queries;
using Strangler.Contracts.Http.Requests;
using Strangler.Legacy.Accs.Messages;
using Strangler.Legacy.Accs.Status;

namespace Strangler.Legacy.Accs.Endpoints;

/// <summary>The ACCS endpoints of accs.md: thin shims over <see cref="AccsProcessor"/> and <see cref="AccsStatusService"/>.</summary>
public static class AccsEndpoints
{
    public static IEndpointRouteBuilder MapAccsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var accs = app.MapGroup("/accs/v1");
        accs.MapPost("/messages", (ContractRequest request, AccsProcessor processor, CancellationToken ct) =>
            processor.SubmitAsync(request.Client, request.Body, request.ReceivedAt, request.Facade, ct));
        accs.MapGet("/status/{awb}", (string awb, ContractRequest request, AccsStatusService status, CancellationToken ct) =>
            status.StatusAsync(request.Client, awb, request.ReceivedAt, ct));
        accs.MapGet("/status", (ContractRequest request, AccsStatusService status, CancellationToken ct) =>
                status.FeedAsync(request.Client, request.Query["after"], request.Query["max"], request.ReceivedAt, ct))
            .WithContractQuery(QueryParameter.Cursor(), QueryParameter.PageSize());
        return app;
    }
}
