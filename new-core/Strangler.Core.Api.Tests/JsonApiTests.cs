using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Collections;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Parties;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;

namespace Strangler.Core.Api.Tests;

/// <summary>The /api/v1 JSON API over real HTTP; each test uses its own LRNs and idempotency keys.</summary>
public abstract class JsonApiTests(CoreServer server)
{
    [Fact]
    public async Task A_declaration_is_submitted_amended_cancelled_and_read_with_its_money()
    {
        var lrn = Id("LRN");
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", Declaration(lrn, "60000.00"));
        Assert.Equal(HttpStatusCode.Created, status);
        var tdec = body["tdecNumber"]!.GetValue<string>();
        Assert.Matches($"^TD4{HongKongTime.Date(HongKongTime.Now(server.Clock)):yyMMdd}5[0-9]{{6}}$", tdec);
        Assert.Equal(2.00m, body["money"]!["charge"]!.GetValue<decimal>());
        Assert.Equal("JsonApi", body["source"]!.GetValue<string>());

        (status, body) = await SendAsync(HttpMethod.Put, "/api/v1/declarations/" + tdec, "test-tradelink", Declaration(lrn, "100000.00"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body["version"]!.GetValue<int>());
        Assert.Equal(7.00m, body["money"]!["charge"]!.GetValue<decimal>());

        (status, body) = await SendAsync(HttpMethod.Delete, "/api/v1/declarations/" + tdec, "test-tradelink", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Cancelled", body["status"]!.GetValue<string>());

        (status, body) = await SendAsync(HttpMethod.Get, $"/api/v1/declarations/{tdec}/status", "test-tradelink", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Cancelled", body["status"]!.GetValue<string>());
        Assert.Equal(3, body["version"]!.GetValue<int>());

        var stored = await server.Services.GetRequiredService<DocumentReader>().VersionsAsync(tdec);
        Assert.Equal([SourceInterface.JsonApi, SourceInterface.JsonApi, SourceInterface.JsonApi], stored.Select(v => v.Source));
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/api/v1/declarations/" + tdec, ApiKeys.Trader, null)).Status);

        (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", Declaration(lrn, "1.00"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["E019"], Codes(body));
    }

    [Fact]
    public async Task Bad_declarations_are_problem_details_with_the_contract_codes_and_nothing_is_stored()
    {
        var bad = Declaration(Id("LRN"), "10.123");
        bad["items"]![0]!["hkhsCode"] = "1234";
        bad["items"]![0]!["description"] = "general  cargo";
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", bad);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["E014", "E015", "E016"], Codes(body));

        var missing = Declaration(Id("LRN"), "10.00");
        missing.Remove("trader");
        (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", missing);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["E005"], Codes(body));

        var nullItem = Declaration(Id("LRN"), "10.00");
        nullItem["items"] = new JsonArray((JsonNode?)null);
        (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", nullItem);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["E005"], Codes(body));
        var (unreadable, _) = await SendAsync(HttpMethod.Post, "/api/v1/road-lodgements", "test-shipper", new JsonObject { ["unknownField"] = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, unreadable);

        var late = Declaration(Id("LRN"), "10.00");
        late["importExportDate"] = HongKongTime.Date(HongKongTime.Now(server.Clock)).AddDays(3).ToString("yyyy-MM-dd");
        Assert.Equal(["E017"], Codes((await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", late)).Body));
        late["preShipment"] = true;
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", late)).Status);

        var notMine = Declaration(Id("LRN"), "10.00");
        notMine["declarant"]!["brNumber"] = "87654321";
        Assert.Equal(["E011"], Codes((await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", notMine)).Body));
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Delete, "/api/v1/declarations/TD42611265999999", "test-tradelink", null)).Status);
    }

    [Fact]
    public async Task A_resend_with_the_same_key_returns_the_recorded_answer_and_a_different_body_is_422()
    {
        var key = Id("IK");
        var lrn = Id("LRN");
        var first = await SendRawAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", Declaration(lrn, "10.00"), key);
        var again = await SendRawAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", Declaration(lrn, "10.00"), key);
        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(first, again);

        var other = await SendRawAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", Declaration(lrn, "11.00"), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Contains("\"status\":422", other.Body);
        var tdec = JsonNode.Parse(first.Body)!["tdecNumber"]!.GetValue<string>();
        Assert.Single(await server.Services.GetRequiredService<DocumentReader>().VersionsAsync(tdec));
    }

    [Fact]
    public async Task Concurrent_identical_resends_are_stored_once()
    {
        var key = Id("IK");
        var request = Declaration(Id("LRN"), "10.00");
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            SendRawAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", request, key)));
        Assert.All(answers, a => Assert.Equal(answers[0], a));
        var tdec = JsonNode.Parse(answers[0].Body)!["tdecNumber"]!.GetValue<string>();
        Assert.Single(await server.Services.GetRequiredService<DocumentReader>().VersionsAsync(tdec));
    }

    [Fact]
    public async Task An_aci_is_lodged_amended_cancelled_and_read_and_the_rocars_rules_apply()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/road-lodgements", "test-shipper", Aci("MOBILE PHONES"));
        Assert.Equal(HttpStatusCode.Created, status);
        var ccrn = body["ccrn"]!.GetValue<string>();
        Assert.Matches("^C2611265[0-9]{8}$", ccrn);

        var amended = Aci("MOBILE PHONES");
        amended["packages"]!["count"] = 41;
        (status, body) = await SendAsync(HttpMethod.Post, $"/api/v1/road-lodgements/{ccrn}/amend", "test-shipper", amended);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(41, body["lodgement"]!["consignment"]!["packages"]!.GetValue<int>());

        (status, body) = await SendAsync(HttpMethod.Post, $"/api/v1/road-lodgements/{ccrn}/cancel", "test-shipper", null);
        Assert.Equal("Cancelled", body["status"]!.GetValue<string>());
        (status, body) = await SendAsync(HttpMethod.Get, "/api/v1/road-lodgements/" + ccrn, "test-driver", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, body["version"]!.GetValue<int>());
        Assert.Equal(["R020"], Codes((await SendAsync(HttpMethod.Post, $"/api/v1/road-lodgements/{ccrn}/cancel", "test-shipper", null)).Body));

        var tooSoon = Aci("SAMPLES");
        tooSoon["expectedCrossing"] = HongKongTime.Now(server.Clock).AddMinutes(10).ToString("yyyy-MM-ddTHH:mm:sszzz");
        (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/road-lodgements", "test-shipper", tooSoon);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["R010", "R012"], Codes(body));
    }

    [Fact]
    public async Task Paging_over_25_documents_with_limit_10_returns_each_once()
    {
        var lodged = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            lodged.Add((await SendAsync(HttpMethod.Post, "/api/v1/road-lodgements", ApiKeys.Pager, Aci("TOYS"))).Body["ccrn"]!.GetValue<string>());
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var (status, page) = await SendAsync(HttpMethod.Get, "/api/v1/documents?kind=RoadLodgement&limit=10" + (cursor is null ? "" : "&cursor=" + cursor), ApiKeys.Pager, null);
            Assert.Equal(HttpStatusCode.OK, status);
            seen.AddRange(page["items"]!.AsArray().Select(n => n!["reference"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(lodged, seen);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Get, "/api/v1/documents?limit=501", ApiKeys.Pager, null)).Status);
    }

    [Fact]
    public async Task A_declaration_inherits_parties_and_goods_from_a_ccrn()
    {
        var ccrn = (await SendAsync(HttpMethod.Post, "/api/v1/road-lodgements", ApiKeys.Trader, Aci("LED LAMPS"))).Body["ccrn"]!.GetValue<string>();
        var request = Declaration(Id("LRN"), "500.00");
        request.Remove("modeCode");
        request["conveyanceId"] = "AB1234";
        request["trader"] = new JsonObject { ["brNumber"] = "12345678", ["country"] = "HK" };
        request["items"] = new JsonArray(new JsonObject { ["hkhsCode"] = "94054090", ["quantity"] = 5, ["unit"] = "PCE", ["valueHkd"] = 500.00m, ["originCountry"] = "CN" });
        request["reuse"] = new JsonObject { ["ccrn"] = ccrn };
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/declarations", ApiKeys.Trader, request);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.StartsWith("TD3", body["tdecNumber"]!.GetValue<string>());
        Assert.Equal("HK CONSIGNEE LTD", body["declaration"]!["trader"]!["name"]!.GetValue<string>());
        Assert.Equal("LED LAMPS", body["declaration"]!["items"]![0]!["description"]!.GetValue<string>());
        Assert.Equal(ccrn, body["declaration"]!["transportDocuments"]![0]!["number"]!.GetValue<string>());

        request["reuse"] = new JsonObject { ["ccrn"] = "C261126000000019" };
        request["lrn"] = Id("LRN");
        Assert.Equal(["J001"], Codes((await SendAsync(HttpMethod.Post, "/api/v1/declarations", ApiKeys.Trader, request)).Body));
    }

    [Fact]
    public async Task Another_keys_ccrn_is_reused_only_when_it_names_the_declarations_trader()
    {
        var ccrn = (await SendAsync(HttpMethod.Post, "/api/v1/road-lodgements", "test-shipper", Aci("LED LAMPS"))).Body["ccrn"]!.GetValue<string>();
        var request = Declaration(Id("LRN"), "500.00");
        request.Remove("modeCode");
        request["conveyanceId"] = "AB1234";
        request["items"] = new JsonArray(new JsonObject { ["hkhsCode"] = "94054090", ["quantity"] = 5, ["unit"] = "PCE", ["valueHkd"] = 500.00m, ["originCountry"] = "CN" });
        request["reuse"] = new JsonObject { ["ccrn"] = ccrn };

        request["trader"] = new JsonObject { ["brNumber"] = "12345678", ["name"] = "SOMEONE ELSE LTD", ["country"] = "HK" };
        Assert.Equal(["J001"], Codes((await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", request)).Body));

        request["trader"] = new JsonObject { ["brNumber"] = "12345678", ["name"] = " hk  consignee ltd", ["country"] = "HK" };
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", request);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("LED LAMPS", body["declaration"]!["items"]![0]!["description"]!.GetValue<string>());
        Assert.Equal(ccrn, body["declaration"]!["transportDocuments"]![0]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_declaration_inherits_parties_and_goods_from_an_air_waybill_on_the_platform()
    {
        var awb = "160-" + Random.Shared.Next(1000000, 9999999) + "5";
        var report = new CargoReport
        {
            Kind = CargoReportKind.AirWaybill,
            Consignments = EquatableList.Of(new Consignment
            {
                Document = new TransportDocument(TransportDocumentKind.AirWaybill, awb),
                Consignee = new Party { Name = "AIR IMPORTER LTD", Address = "1 AIRPORT RD" },
                GoodsItems = EquatableList.Of(new GoodsItem { Sequence = 1, Description = "WATCHES", HsCode = "91021900" }),
            }),
        };
        await server.Services.GetRequiredService<DocumentWriter>().SaveVersionAsync(new DocumentVersion
        {
            Number = 1, Function = DocumentFunction.Original, ReceivedAt = HongKongTime.Now(server.Clock), IssuedReference = "A" + Id(""),
            Source = SourceInterface.Accs, ClientKey = "test-cathay", Document = report,
        });
        var request = Declaration(Id("LRN"), "800.00");
        request.Remove("modeCode");
        request["trader"] = new JsonObject { ["brNumber"] = "12345678", ["country"] = "HK" };
        request["items"] = new JsonArray(new JsonObject { ["quantity"] = 2, ["unit"] = "PCE", ["valueHkd"] = 800.00m, ["originCountry"] = "CH" });
        request["reuse"] = new JsonObject { ["airWaybill"] = awb };
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/declarations", ApiKeys.Trader, request);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.StartsWith("TD4", body["tdecNumber"]!.GetValue<string>());
        Assert.Equal("AIR IMPORTER LTD", body["declaration"]!["trader"]!["name"]!.GetValue<string>());
        Assert.Equal("91021900", body["declaration"]!["items"]![0]!["hsCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_keys_are_401_and_keys_without_the_role_are_403_as_problem_details()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/declarations", "nobody", Declaration(Id("LRN"), "1.00"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(401, body["status"]!.GetValue<int>());
        (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/declarations", "test-shipper", Declaration(Id("LRN"), "1.00"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(403, body["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/v1/documents", "nobody", null)).Status);

        using var noKey = new HttpRequestMessage(HttpMethod.Post, "/api/v1/declarations")
        {
            Content = new StringContent(Declaration(Id("LRN"), "1.00").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        noKey.Headers.Add("X-Api-Key", "test-tradelink");
        using var response = await server.Http.SendAsync(noKey);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints()
    {
        var document = await server.Http.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/v1/declarations", "/api/v1/declarations/{tdecNumber}", "/api/v1/declarations/{tdecNumber}/status",
            "/api/v1/road-lodgements", "/api/v1/road-lodgements/{ccrn}", "/api/v1/manifests/{emanRef}", "/api/v1/air-waybills/{airWaybill}",
            "/api/v1/bundles/{bundleRef}", "/api/v1/documents" })
        {
            Assert.Contains($"\"{path}\"", document);
        }

        Assert.Contains("\"422\"", document);
        Assert.Contains("application/problem+json", document);
        Assert.Contains("DeclarationRequest", document);
    }

    private static string Id(string prefix) => ApiCalls.Id(prefix);

    private static string[] Codes(JsonNode body) => ApiCalls.Codes(body);

    private JsonObject Declaration(string lrn, string value) => ApiCalls.Declaration(server, lrn, value);

    private JsonObject Aci(string article) => ApiCalls.Aci(server, article);

    private Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(HttpMethod method, string path, string key, JsonObject? body) =>
        ApiCalls.SendAsync(server, method, path, key, body);

    private Task<(HttpStatusCode Status, string Body)> SendRawAsync(HttpMethod method, string path, string key, JsonObject? body, string idempotencyKey) =>
        ApiCalls.SendRawAsync(server, method, path, key, body, idempotencyKey);
}

public sealed class SqliteJsonApiTests(SqliteApiServer server) : JsonApiTests(server), IClassFixture<SqliteApiServer>;

public sealed class PostgresJsonApiTests(PostgresApiServer server) : JsonApiTests(server), IClassFixture<PostgresApiServer>;
