using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Strangler.Contracts.Http.Clients;
using Strangler.Core.Testing;

namespace Strangler.Core.Rocars.Tests;

/// <summary>ROCARS calls over real HTTP and the exact answers the contract writes, times computed from the server's clock.</summary>
public sealed class RocarsCalls(CoreServer server)
{
    public const string Head = """<?xml version="1.0" encoding="UTF-8"?>""";
    public const string Ns = "xmlns=\"urn:hk:rocars:1\"";

    public static string Id(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    public string Now() => At(TimeSpan.Zero);

    public string At(TimeSpan offset) =>
        (server.Clock.GetUtcNow() + offset).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'");

    public static string AciXml(
        string id, string description = "MOBILE PHONE PARTS", string controlPoint = "LMC", string direction = "IMPORT", string? source = null,
        string function = "ORIGINAL", string? ccrn = null, string crossing = "", string hsCode = "85177900") =>
        $"<AciSubmission {Ns}><MessageId>{id}</MessageId><Function>{function}</Function>" +
        (ccrn is null ? "" : $"<Ccrn>{ccrn}</Ccrn>") + (source is null ? "" : $"<Source>{source}</Source>") +
        (function == "CANCEL" ? "" :
            $"<Direction>{direction}</Direction><ControlPoint>{controlPoint}</ControlPoint><ExpectedCrossing>{crossing}</ExpectedCrossing>" +
            "<Shipper><Name>SWIFT FORWARDING LTD</Name><Address>8 CANTON ROAD</Address></Shipper>" +
            "<Consignor><Name>SHENZHEN GADGETS CO</Name><Address>88 NANSHAN AVENUE</Address></Consignor>" +
            "<Consignee><Name>ACME TRADING LTD</Name><Address>12 SAMPLE ROAD</Address></Consignee>" +
            "<Packages><Count>40</Count><Description>CARTONS</Description></Packages>" +
            $"<Articles><Article><Description>{description}</Description><HsCode>{hsCode}</HsCode>" +
            "<GrossWeightKg>420.500</GrossWeightKg><ValueHkd>88000.00</ValueHkd></Article></Articles>") +
        "</AciSubmission>";

    public string Aci(string id, string description = "MOBILE PHONE PARTS", string controlPoint = "LMC", string? source = null,
        string function = "ORIGINAL", string? ccrn = null, string hsCode = "85177900") =>
        AciXml(id, description, controlPoint, "IMPORT", source, function, ccrn, At(TimeSpan.FromHours(4)), hsCode);

    public string Bundle(string id, string vrn, IEnumerable<string> ccrns, string controlPoint = "LMC", TimeSpan? arrival = null) =>
        $"<BundleSubmission {Ns}><MessageId>{id}</MessageId><Vrn>{vrn}</Vrn><Direction>IMPORT</Direction>" +
        $"<ControlPoint>{controlPoint}</ControlPoint><ExpectedArrival>{At(arrival ?? TimeSpan.FromHours(2))}</ExpectedArrival>" +
        $"<Ccrns>{string.Concat(ccrns.Select(c => $"<Ccrn>{c}</Ccrn>"))}</Ccrns></BundleSubmission>";

    /// <summary>Lodges an ACI through /aci (or /ssdd with the CNSW key) and returns its CCRN.</summary>
    public async Task<string> LodgeAsync(string description = "MOBILE PHONE PARTS", string controlPoint = "LMC", bool ssdd = false, string hsCode = "85177900")
    {
        var (_, body) = ssdd
            ? await PostAsync("ssdd", "test-cnsw", Aci(Id("L"), description, controlPoint, "CNSW", hsCode: hsCode))
            : await PostAsync("aci", "test-shipper", Aci(Id("L"), description, controlPoint, hsCode: hsCode));
        return Value(body, "Ccrn");
    }

    public async Task<string> BundleAsync(string vrn, params string[] ccrns)
    {
        var (_, body) = await PostAsync("bundles", "test-driver", Bundle(Id("B"), vrn, ccrns));
        return Value(body, "BundleRef");
    }

    public static string Value(string answer, string element) =>
        Regex.Match(answer, $"<{element}>([^<]*)</{element}>") is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException(answer);

    public string Bundled(string id, string bundleRef) =>
        $"{Head}<BundleResponse {Ns}><MessageId>{id}</MessageId><Status>BUNDLED</Status><BundleRef>{bundleRef}</BundleRef><ReceivedAt>{Now()}</ReceivedAt></BundleResponse>";

    public string Unbundled(string id, string bundleRef) =>
        $"{Head}<BundleResponse {Ns}><MessageId>{id}</MessageId><Status>UNBUNDLED</Status><BundleRef>{bundleRef}</BundleRef><ReceivedAt>{Now()}</ReceivedAt></BundleResponse>";

    public string Rejected(string root, string id, params string[] codes) =>
        $"{Head}<{root} {Ns}><MessageId>{id}</MessageId><Status>REJECTED</Status><ReceivedAt>{Now()}</ReceivedAt><Errors>" +
        string.Concat(codes.Select(c => $"<Error code=\"{c}\">{RocarsXml.RocarsErrors.Text(c)}</Error>")) + $"</Errors></{root}>";

    public string Instruction(string vrn, string bundleRef, string instruction, string issuedAt, string controlPoint = "LMC") =>
        $"{Head}<ClearanceInstruction {Ns}><Vrn>{vrn}</Vrn><BundleRef>{bundleRef}</BundleRef><ControlPoint>{controlPoint}</ControlPoint>" +
        $"<Instruction>{instruction}</Instruction><IssuedAt>{issuedAt}</IssuedAt></ClearanceInstruction>";

    public Task<(HttpStatusCode Status, string Body)> PostAsync(string endpoint, string key, string xml, Action<HttpRequestMessage>? adjust = null) =>
        SendAsync(HttpMethod.Post, "/rocars/xml/v1/" + endpoint, key, Encoding.UTF8.GetBytes(xml), adjust);

    public Task<(HttpStatusCode Status, string Body)> DeleteAsync(string bundleRef, string key, string? messageId, Action<HttpRequestMessage>? adjust = null) =>
        SendAsync(HttpMethod.Delete, "/rocars/xml/v1/bundles/" + bundleRef, key, null, request =>
        {
            if (messageId is not null)
            {
                request.Headers.Add("X-Message-Id", messageId);
            }

            adjust?.Invoke(request);
        });

    public Task<(HttpStatusCode Status, string Body)> GetAsync(string pathAndQuery, string key, Action<HttpRequestMessage>? adjust = null) =>
        SendAsync(HttpMethod.Get, "/rocars/xml/v1/" + pathAndQuery, key, null, adjust);

    public async Task<(HttpStatusCode Status, string Body)> SendAsync(
        HttpMethod method, string path, string key, byte[]? body, Action<HttpRequestMessage>? adjust = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        }

        request.Headers.Add("X-Api-Key", key);
        adjust?.Invoke(request);
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends <paramref name="head"/> (request line and headers) as written, so a header can be repeated; returns the body.</summary>
    public async Task<string> RawAsync(string head)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(server.Http.BaseAddress!.Host, server.Http.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + $"Host: {server.Http.BaseAddress.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        return response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
    }

    public static void FromFacade(HttpRequestMessage request, string? receivedAt = null, string? issued = null)
    {
        request.Headers.Add("X-Strangler-Facade", CoreServer.FacadeCredential);
        if (receivedAt is not null)
        {
            request.Headers.Add("X-Strangler-Received-At", receivedAt);
        }

        if (issued is not null)
        {
            request.Headers.Add("X-Strangler-Issued", issued);
        }
    }
}

/// <summary>The sample keys plus a second driver, so that cross-key bundling can be tested.</summary>
public static class SecondDriver
{
    public const string Key = "test-driver-2";

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        [$"{ClientKeysOptions.SectionName}:7:Key"] = Key,
        [$"{ClientKeysOptions.SectionName}:7:Roles:0"] = "RocarsDriver",
    };
}

public sealed class SqliteRocarsBundleServer() : SqliteCoreServer(new RocarsModule())
{
    protected override IReadOnlyDictionary<string, string?> Settings => SecondDriver.Settings;
}

public sealed class PostgresRocarsBundleServer() : PostgresCoreServer(new RocarsModule())
{
    protected override IReadOnlyDictionary<string, string?> Settings => SecondDriver.Settings;
}
