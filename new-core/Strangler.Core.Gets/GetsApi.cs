using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Strangler.Contracts.Http.Queries;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Gets.Lodging;
using Strangler.Core.Gets.Reading;

namespace Strangler.Core.Gets;

/// <summary>The GETS endpoints: messages in, a declaration's current version, the (migrated) acknowledgement feed.</summary>
internal static class GetsApi
{
    public static void MapGetsApi(this WebApplication app)
    {
        var group = app.MapGroup("/gets/v1");
        group.MapPost("/messages", (ContractRequest request, GetsLodging lodging, CancellationToken ct) => lodging.LodgeAsync(request, ct));
        group.MapGet("/declarations/{tdecNo}", ([FromRoute] string tdecNo, ContractRequest request, GetsReading reading, CancellationToken ct) =>
            reading.DeclarationAsync(request, tdecNo, ct));
        group.MapGet("/acknowledgements", (ContractRequest request, GetsReading reading, CancellationToken ct) =>
                reading.AcknowledgementsAsync(request, request.Query["after"], (int)request.Query["max"], ct))
            .WithContractQuery(QueryParameter.Cursor(), QueryParameter.PageSize());
    }
}
