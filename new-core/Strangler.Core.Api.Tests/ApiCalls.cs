using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Strangler.Contracts.Time;
using Strangler.Core.Testing;

namespace Strangler.Core.Api.Tests;

/// <summary>Requests to /api/v1 with a key and a fresh idempotency key, and the sample documents the tests send.</summary>
internal static class ApiCalls
{
    public static string Id(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    public static string[] Codes(JsonNode body) => [.. body["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>())];

    public static JsonObject Declaration(CoreServer server, string lrn, string value) => new()
    {
        ["form"] = "1",
        ["lrn"] = lrn,
        ["importExportDate"] = HongKongTime.Date(HongKongTime.Now(server.Clock)).ToString("yyyy-MM-dd"),
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

    public static JsonObject Aci(CoreServer server, string article) => new()
    {
        ["direction"] = "IMPORT",
        ["controlPoint"] = "LMC",
        ["expectedCrossing"] = HongKongTime.Now(server.Clock).AddHours(2).ToString("yyyy-MM-ddTHH:mm:sszzz"),
        ["shipper"] = new JsonObject { ["name"] = "SZ SHIPPER CO", ["address"] = "SHENZHEN" },
        ["consignor"] = new JsonObject { ["name"] = "SZ FACTORY", ["address"] = "SHENZHEN" },
        ["consignee"] = new JsonObject { ["name"] = "HK CONSIGNEE LTD", ["address"] = "KWAI CHUNG" },
        ["packages"] = new JsonObject { ["count"] = 40, ["description"] = "CARTONS" },
        ["articles"] = new JsonArray(new JsonObject { ["description"] = article, ["hsCode"] = "85171300" }),
    };

    public static async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(CoreServer server, HttpMethod method, string path, string key, JsonObject? body)
    {
        var (status, text) = await SendRawAsync(server, method, path, key, body, Id("IK"));
        return (status, JsonNode.Parse(text)!);
    }

    public static async Task<(HttpStatusCode Status, string Body)> SendRawAsync(CoreServer server, HttpMethod method, string path, string key, JsonObject? body, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", key);
        if (method != HttpMethod.Get)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
