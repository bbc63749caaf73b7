using System.Net;
using System.Text.Json.Nodes;
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
using static Strangler.Core.Api.Tests.ApiCalls;

namespace Strangler.Core.Api.Tests;

/// <summary>The API over documents other interfaces stored (written here with DocumentWriter): reads, visibility, reuse, R021.</summary>
public abstract class StoredDocumentTests(CoreServer server)
{
    [Fact]
    public async Task Manifests_air_waybills_and_bundles_are_read_by_the_keys_that_may_see_them()
    {
        var emanRef = "EM1" + Id("");
        await SaveAsync(emanRef, SourceInterface.Eman, "test-msc", Manifest(emanRef, "BL-" + Id("")));
        var awb = "160-" + Random.Shared.Next(1000000, 9999999) + "1";
        await SaveAsync(awb, SourceInterface.Accs, "test-hactl", new AirWaybillStatus
        {
            AirWaybillNumber = awb,
            History = EquatableList.Of(new ActionCodeEntry("NA", HongKongTime.Now(server.Clock)), new ActionCodeEntry("RL", HongKongTime.Now(server.Clock))),
        });
        var bundleRef = "B261126" + Random.Shared.Next(50000000, 99999999);
        await SaveAsync(bundleRef, SourceInterface.Rocars, "test-driver", Bundle("C261126000000019"));

        var (status, body) = await SendAsync(server, HttpMethod.Get, "/api/v1/manifests/" + emanRef, "test-msc", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("MSCU", body["document"]!["carrier"]!["identifier"]!.GetValue<string>());
        (status, body) = await SendAsync(server, HttpMethod.Get, "/api/v1/air-waybills/" + awb, "test-cathay", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("RL", body["document"]!["currentCode"]!.GetValue<string>());
        (status, body) = await SendAsync(server, HttpMethod.Get, "/api/v1/bundles/" + bundleRef, "test-driver", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("AB1234", body["document"]!["vrn"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(server, HttpMethod.Get, "/api/v1/manifests/" + emanRef, "test-cathay", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(server, HttpMethod.Get, "/api/v1/air-waybills/" + awb, "test-tradelink", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(server, HttpMethod.Get, "/api/v1/bundles/" + bundleRef, "test-shipper", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(server, HttpMethod.Get, "/api/v1/manifests/" + awb, "test-hactl", null)).Status);
    }

    [Fact]
    public async Task A_declaration_lodged_through_gets_is_read_and_amended_here()
    {
        var tdec = "TD4261126" + Random.Shared.Next(5000000, 9999999);
        var lrn = Id("LRN");
        await SaveAsync(tdec, SourceInterface.Gets, "test-tradelink", new Declaration
        {
            Form = "1", Lrn = lrn, Direction = TradeDirection.Import, ImportExportDate = HongKongTime.Date(HongKongTime.Now(server.Clock)),
            Declarant = new Party { Name = "TRADER LTD", BrNumber = "12345678", Country = "HK" },
            Trip = new Trip { Conveyance = new Conveyance(TransportMode.Air, null, null), JourneyId = "CX251", Direction = TradeDirection.Import },
            Charges = EquatableList.Of(new Charge(ChargeKind.DeclarationCharge, 0.20m)),
        });

        var (status, body) = await SendAsync(server, HttpMethod.Get, "/api/v1/declarations/" + tdec, "test-tradelink", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Gets", body["source"]!.GetValue<string>());
        Assert.Equal(["E019"], Codes((await SendAsync(server, HttpMethod.Post, "/api/v1/declarations", "test-tradelink", Declaration(server, lrn, "1.00"))).Body));

        var otherLrn = Declaration(server, Id("LRN"), "1.00");
        Assert.Equal(["E010"], Codes((await SendAsync(server, HttpMethod.Post, $"/api/v1/declarations/{tdec}/amend", "test-tradelink", otherLrn)).Body));
        (status, body) = await SendAsync(server, HttpMethod.Post, $"/api/v1/declarations/{tdec}/amend", "test-tradelink", Declaration(server, lrn, "48000.00"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0.50m, body["money"]!["charge"]!.GetValue<decimal>());
        var versions = await server.Services.GetRequiredService<DocumentReader>().VersionsAsync(tdec);
        Assert.Equal([SourceInterface.Gets, SourceInterface.JsonApi], versions.Select(v => v.Source));
    }

    [Fact]
    public async Task A_declaration_inherits_from_a_manifest_consignment_named_by_eman_ref_and_bill_of_lading()
    {
        var emanRef = "EM1" + Id("");
        var bl = "BL-" + Id("");
        await SaveAsync(emanRef, SourceInterface.Eman, "test-msc", Manifest(emanRef, bl));
        var request = Declaration(server, Id("LRN"), "900.00");
        request.Remove("modeCode");
        request.Remove("conveyanceId");
        request["trader"] = new JsonObject { ["brNumber"] = "12345678" };
        request["items"] = new JsonArray(new JsonObject { ["valueHkd"] = 900.00m, ["originCountry"] = "CN" });
        request["reuse"] = new JsonObject { ["emanRef"] = emanRef, ["billOfLading"] = bl };

        var (status, body) = await SendAsync(server, HttpMethod.Post, "/api/v1/declarations", "test-tradelink", request);
        Assert.True(status == HttpStatusCode.Created, body.ToJsonString());
        Assert.StartsWith("TD1", body["tdecNumber"]!.GetValue<string>());
        Assert.Equal("HK BUYER LTD", body["declaration"]!["trader"]!["name"]!.GetValue<string>());
        Assert.Equal("V123", body["declaration"]!["trip"]!["journeyId"]!.GetValue<string>());
        Assert.Equal(12m, body["declaration"]!["items"]![0]!["quantity"]!["amount"]!.GetValue<decimal>());

        request["lrn"] = Id("LRN");
        request["reuse"] = new JsonObject { ["emanRef"] = emanRef, ["billOfLading"] = "NOT-ON-IT" };
        Assert.Equal(["J001"], Codes((await SendAsync(server, HttpMethod.Post, "/api/v1/declarations", "test-tradelink", request)).Body));
        request["reuse"] = new JsonObject { ["emanRef"] = emanRef };
        Assert.Equal(["J002"], Codes((await SendAsync(server, HttpMethod.Post, "/api/v1/declarations", "test-tradelink", request)).Body));
    }

    [Fact]
    public async Task An_aci_in_a_live_bundle_cannot_be_amended_or_cancelled()
    {
        var ccrn = (await SendAsync(server, HttpMethod.Post, "/api/v1/road-lodgements", "test-shipper", Aci(server, "SHOES"))).Body["ccrn"]!.GetValue<string>();
        await SaveAsync("B261126" + Random.Shared.Next(50000000, 99999999), SourceInterface.Rocars, "test-driver", Bundle(ccrn));
        Assert.Equal(["R021"], Codes((await SendAsync(server, HttpMethod.Post, $"/api/v1/road-lodgements/{ccrn}/cancel", "test-shipper", null)).Body));
        Assert.Equal(["R021"], Codes((await SendAsync(server, HttpMethod.Post, $"/api/v1/road-lodgements/{ccrn}/amend", "test-shipper", Aci(server, "SHOES"))).Body));
        Assert.Single(await server.Services.GetRequiredService<DocumentReader>().VersionsAsync(ccrn));
    }

    private Bundle Bundle(string ccrn) => new()
    {
        Vrn = "AB1234", Direction = TradeDirection.Import, ControlPoint = "LMC",
        ExpectedArrival = HongKongTime.Now(server.Clock).AddHours(3), Ccrns = EquatableList.Of(ccrn),
    };

    private static Manifest Manifest(string emanRef, string billOfLading) => new()
    {
        DocumentNumber = emanRef,
        Carrier = new Party { Name = "MSC", Identifier = "MSCU" },
        Trip = new Trip { Conveyance = new Conveyance(TransportMode.Maritime, "9321483", "MSC ANNA"), JourneyId = "V123", Direction = TradeDirection.Import, PlaceOfLoading = "CNSHA" },
        Consignments = EquatableList.Of(new Consignment
        {
            Document = new TransportDocument(TransportDocumentKind.BillOfLading, billOfLading),
            Consignor = new Party { Name = "SHANGHAI SELLER", Country = "CN" },
            Consignee = new Party { Name = "HK BUYER LTD", Address = "KOWLOON", Country = "HK", BrNumber = "12345678" },
            GoodsItems = EquatableList.Of(new GoodsItem
            {
                Sequence = 1, Description = "COTTON SHIRTS", HsCode = "62052000", Quantity = new Quantity(12m, "PCE"),
            }),
        }),
    };

    private async Task SaveAsync(string reference, SourceInterface source, string key, CanonicalDocument document) =>
        Assert.Equal(SaveOutcome.Saved, await server.Services.GetRequiredService<DocumentWriter>().SaveVersionAsync(new DocumentVersion
        {
            Number = 1, Function = DocumentFunction.Original, ReceivedAt = HongKongTime.ReceivedAt(server.Clock), IssuedReference = reference,
            Source = source, ClientKey = key, Document = document,
        }));
}

public sealed class SqliteStoredDocumentTests(SqliteApiServer server) : StoredDocumentTests(server), IClassFixture<SqliteApiServer>;

public sealed class PostgresStoredDocumentTests(PostgresApiServer server) : StoredDocumentTests(server), IClassFixture<PostgresApiServer>;
