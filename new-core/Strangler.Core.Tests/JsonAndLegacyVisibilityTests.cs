using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Strangler.Contracts.Testing;
using Strangler.Contracts.Time;
using Strangler.Core.Testing;

namespace Strangler.Core.Tests;

/// <summary>
/// On the whole core: a document submitted through the JSON API is visible through the legacy contract endpoints, and
/// one lodged through a legacy endpoint is visible through the JSON API, because both write the one canonical store.
/// </summary>
public abstract class JsonAndLegacyVisibilityTests(CoreServer server)
{
    [Fact]
    public async Task A_declaration_lodged_through_the_json_api_is_answered_by_the_gets_get()
    {
        var lrn = "VIS-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var (status, body) = await JsonAsync(HttpMethod.Post, "/api/v1/declarations", "test-tradelink", Declaration(lrn, "100000.00"));
        Assert.Equal(HttpStatusCode.Created, status);
        var tdec = body["tdecNumber"]!.GetValue<string>();

        var gets = await GetAsync("/gets/v1/declarations/" + tdec, "test-tradelink");
        Assert.Contains($"RFF+ABT:{tdec}'", gets);
        Assert.Contains($"BGM+962+{lrn}+29'", gets);
        Assert.Contains("GIS+AC:HKS'", gets);
        Assert.Contains("MOA+161:7.00:HKD'", gets);
    }

    [Fact]
    public async Task A_declaration_lodged_through_gets_is_read_and_amended_through_the_json_api()
    {
        var answer = await PostAsync("/gets/v1/messages", "application/edifact", "test-tradelink",
            ContractSamples.ReadText("gets/01-import-sea-accepted.edi", Now())
                .Replace("LRN-2026-0001", "VIS-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant())
                .Replace("IC0000001", "V" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant()));
        var tdec = Regex.Match(answer, "RFF\\+ABT:(TD[0-9]{14})'").Groups[1].Value;
        Assert.NotEqual("", tdec);

        var (status, body) = await JsonAsync(HttpMethod.Get, "/api/v1/declarations/" + tdec, "test-tradelink", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(tdec, body["tdecNumber"]!.GetValue<string>());
        Assert.Equal("Gets", body["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_aci_lodged_through_the_json_api_is_an_aci_record_and_a_rocars_aci_is_readable_as_json()
    {
        var (status, body) = await JsonAsync(HttpMethod.Post, "/api/v1/road-lodgements", "test-shipper", new JsonObject
        {
            ["direction"] = "IMPORT",
            ["controlPoint"] = "LMC",
            ["expectedCrossing"] = Now().AddHours(2).ToString("yyyy-MM-ddTHH:mm:sszzz"),
            ["shipper"] = new JsonObject { ["name"] = "SZ SHIPPER CO", ["address"] = "SHENZHEN" },
            ["consignor"] = new JsonObject { ["name"] = "SZ FACTORY", ["address"] = "SHENZHEN" },
            ["consignee"] = new JsonObject { ["name"] = "HK CONSIGNEE LTD", ["address"] = "KWAI CHUNG" },
            ["packages"] = new JsonObject { ["count"] = 40, ["description"] = "CARTONS" },
            ["articles"] = new JsonArray(new JsonObject { ["description"] = "LED PANELS", ["hsCode"] = "85285900" }),
        });
        Assert.Equal(HttpStatusCode.Created, status);
        var ccrn = body["ccrn"]!.GetValue<string>();
        var record = await GetAsync("/rocars/xml/v1/aci/" + ccrn, "test-shipper");
        Assert.Contains($"<Ccrn>{ccrn}</Ccrn><Status>LODGED</Status><Version>1</Version>", record);
        Assert.Contains("<Description>LED PANELS</Description>", record);

        var xml = ContractSamples.ReadText("rocars/01-aci-accepted.xml", Now()).Replace("ACI-0001", "VIS-" + Guid.NewGuid().ToString("N")[..10]);
        var lodged = await PostAsync("/rocars/xml/v1/aci", "application/xml", "test-shipper", xml);
        var rocarsCcrn = Regex.Match(lodged, "<Ccrn>([^<]+)</Ccrn>").Groups[1].Value;
        (status, body) = await JsonAsync(HttpMethod.Get, "/api/v1/road-lodgements/" + rocarsCcrn, "test-shipper", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(rocarsCcrn, body["ccrn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_manifest_and_an_air_waybill_lodged_through_eman_and_accs_are_readable_as_json()
    {
        var manifest = await PostAsync("/eman/v1/manifests", "application/edifact", "test-msc",
            ContractSamples.ReadText("eman/01-sea-import-s1-accepted.edi", Now())
                .Replace("MSC-V123E-HKG-IM", "VIS-" + Guid.NewGuid().ToString("N")[..8])
                .Replace("TDT+20+V123E", "TDT+20+V" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant())
                .Replace("EM0000001", "V" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant()));
        var emanRef = Regex.Match(manifest, "(EM1[0-9]{13})").Groups[1].Value;
        Assert.NotEqual("", emanRef);
        var (status, _) = await JsonAsync(HttpMethod.Get, "/api/v1/manifests/" + emanRef, "test-msc", null);
        Assert.Equal(HttpStatusCode.OK, status);

        var fwb = await PostAsync("/accs/v1/messages", "text/plain", "test-cathay", ContractSamples.ReadText("accs/01-fwb-accepted.txt", Now()));
        Assert.StartsWith("FMA/1", fwb);
        (status, var body) = await JsonAsync(HttpMethod.Get, "/api/v1/air-waybills/160-12345675", "test-cathay", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("160-12345675", body.ToJsonString());
    }

    private DateTimeOffset Now() => HongKongTime.Now(server.Clock);

    private JsonObject Declaration(string lrn, string value) => new()
    {
        ["form"] = "1",
        ["lrn"] = lrn,
        ["importExportDate"] = HongKongTime.Date(Now()).ToString("yyyy-MM-dd"),
        ["declarant"] = new JsonObject { ["brNumber"] = "12345678", ["name"] = "TRADER LTD", ["country"] = "HK" },
        ["trader"] = new JsonObject { ["brNumber"] = "12345678", ["name"] = "TRADER LTD", ["country"] = "HK" },
        ["modeCode"] = "4",
        ["conveyanceId"] = "CX251",
        ["consignmentCountry"] = "GB",
        ["items"] = new JsonArray(new JsonObject
        {
            ["hkhsCode"] = "85171300", ["description"] = "MOBILE PHONES", ["quantity"] = 10, ["unit"] = "PCE",
            ["valueHkd"] = JsonNode.Parse(value), ["originCountry"] = "CN",
        }),
    };

    private async Task<(HttpStatusCode Status, JsonNode Body)> JsonAsync(HttpMethod method, string path, string key, JsonObject? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", key);
        if (method != HttpMethod.Get)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text.Length == 0 ? "{}" : text)!);
    }

    private async Task<string> PostAsync(string path, string type, string key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(type);
        request.Headers.Add("X-Api-Key", key);
        using var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> GetAsync(string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", key);
        using var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class SqliteJsonAndLegacyVisibilityTests(SqliteWholeCore server) : JsonAndLegacyVisibilityTests(server), IClassFixture<SqliteWholeCore>;

public sealed class PostgresJsonAndLegacyVisibilityTests(PostgresWholeCore server) : JsonAndLegacyVisibilityTests(server), IClassFixture<PostgresWholeCore>;
