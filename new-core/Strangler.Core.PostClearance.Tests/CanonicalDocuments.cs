using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Road;
using Strangler.Core.Model.Transport;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;

namespace Strangler.Core.PostClearance.Tests;

/// <summary>Writes canonical documents the way the interface modules do: through the store's <see cref="DocumentWriter"/>.</summary>
internal static class CanonicalDocuments
{
    public static Manifest SeaManifest(DateTimeOffset arrival, params Consignment[] consignments) => new()
    {
        DocumentNumber = "M-" + Guid.NewGuid().ToString("N")[..8],
        Carrier = new Party { Name = "MSC", Identifier = "MSCU" },
        Trip = new Trip
        {
            Conveyance = new Conveyance(TransportMode.Maritime, "9321483", "MSC OSCAR"),
            JourneyId = "FE123",
            CarrierCode = "MSCU",
            Direction = TradeDirection.Import,
            EventTime = arrival,
        },
        Consignments = consignments.ToEquatableList(),
    };

    public static Consignment Consignment(TransportDocumentKind kind, string number, string? master = null, params string[] licences) => new()
    {
        Document = new TransportDocument(kind, number, master),
        Licences = licences.ToEquatableList(),
    };

    public static CargoReport AirWaybill(DateOnly flightDate, string awb) => new()
    {
        Kind = CargoReportKind.AirWaybill,
        Trip = new Trip
        {
            Conveyance = new Conveyance(TransportMode.Air, null, null),
            JourneyId = "CX251",
            CarrierCode = "CX",
            Direction = TradeDirection.Import,
            Date = flightDate,
        },
        Consignments = EquatableList.Of(Consignment(TransportDocumentKind.AirWaybill, awb)),
    };

    public static RoadLodgement Aci(DateTimeOffset crossing) => new()
    {
        Direction = TradeDirection.Export,
        ControlPoint = "LMC",
        ExpectedCrossing = crossing,
        Shipper = new Party { Name = "Test Shipper Ltd" },
        Consignment = new Consignment(),
    };

    public static Declaration Declaration(params TransportDocument[] documents) => new()
    {
        Form = "1",
        Lrn = "LRN-" + Guid.NewGuid().ToString("N")[..8],
        Direction = TradeDirection.Import,
        Declarant = new Party { Name = "Test Declarant Ltd", BrNumber = "12345678" },
        TransportDocuments = documents.ToEquatableList(),
    };

    public static Task<SaveOutcome> SaveAsync(
        CoreServer server, string reference, CanonicalDocument? document, SourceInterface source, int number = 1,
        DocumentFunction function = DocumentFunction.Original) =>
        server.Services.GetRequiredService<DocumentWriter>().SaveVersionAsync(new DocumentVersion
        {
            Number = number,
            Function = function,
            ReceivedAt = HongKongTime.ReceivedAt(server.Clock),
            IssuedReference = reference,
            Source = source,
            ClientKey = "test-" + source.ToString().ToLowerInvariant(),
            Document = document,
        });
}
