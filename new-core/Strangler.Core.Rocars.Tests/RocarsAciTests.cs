using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Testing;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;

namespace Strangler.Core.Rocars.Tests;

/// <summary>POST /rocars/xml/v1/aci and GET /aci/{ccrn} over real HTTP; each test uses its own MessageIds.</summary>
public abstract class RocarsAciTests(CoreServer server)
{
    private const string Head = """<?xml version="1.0" encoding="UTF-8"?>""";

    [Fact]
    public async Task Sample_01_is_accepted_with_a_new_core_ccrn_with_a_valid_check_digit()
    {
        var (status, body) = await PostAsync(Sample("rocars/01-aci-accepted.xml", "S01-" + Guid.NewGuid().ToString("N")[..8]));
        Assert.Equal(HttpStatusCode.OK, status);
        var ccrn = CcrnOf(body);
        Assert.Matches("^C2611265[0-9]{7}[0-9]$", ccrn);
        Assert.True(CcrnNumber.IsValid(ccrn));
    }

    [Theory]
    [InlineData("rocars/02-aci-too-late-rejected.xml", "R010", "ExpectedCrossing must be 30 minutes to 14 days after receipt.")]
    [InlineData("rocars/03-aci-vague-rejected.xml", "R012", "Article description is too vague.")]
    public async Task Samples_02_and_03_are_rejected_with_their_code(string sample, string code, string text)
    {
        var id = "S-" + Guid.NewGuid().ToString("N")[..10];
        var (_, body) = await PostAsync(Sample(sample, id));
        Assert.Equal(
            $"""{Head}<AciResponse xmlns="urn:hk:rocars:1"><MessageId>{id}</MessageId><Status>REJECTED</Status><ReceivedAt>{ReceivedNow()}</ReceivedAt><Errors><Error code="{code}">{text}</Error></Errors></AciResponse>""",
            body);
    }

    [Fact]
    public async Task Original_amend_and_cancel_each_make_a_version_that_get_shows()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var ccrn = CcrnOf((await PostAsync(Sample("rocars/01-aci-accepted.xml", "O-" + id))).Body);
        var record = await GetAsync(ccrn, "test-shipper");
        Assert.Contains($"<Ccrn>{ccrn}</Ccrn><Status>LODGED</Status><Version>1</Version><ReceivedAt>{ReceivedNow()}</ReceivedAt><Direction>IMPORT</Direction>", record.Body);
        Assert.Contains("<Count>40</Count>", record.Body);

        var amend = Sample("rocars/01-aci-accepted.xml", "A-" + id).Replace("<Function>ORIGINAL</Function>", $"<Function>AMEND</Function><Ccrn>{ccrn}</Ccrn>")
            .Replace("<Count>40</Count>", "<Count>0041</Count>");
        Assert.Equal(Accepted("A-" + id, ccrn), (await PostAsync(amend)).Body);
        record = await GetAsync(ccrn, "test-driver");
        Assert.Contains("<Status>LODGED</Status><Version>2</Version>", record.Body);
        Assert.Contains("<Count>41</Count>", record.Body);

        var cancel = $"""<AciSubmission xmlns="urn:hk:rocars:1"><MessageId>C-{id}</MessageId><Function>CANCEL</Function><Ccrn>{ccrn}</Ccrn></AciSubmission>""";
        Assert.Equal(Accepted("C-" + id, ccrn), (await PostAsync(cancel)).Body);
        record = await GetAsync(ccrn, "test-shipper");
        Assert.Contains("<Status>CANCELLED</Status><Version>3</Version>", record.Body);
        Assert.Contains("<Count>41</Count>", record.Body);

        var again = cancel.Replace("C-" + id, "C2-" + id);
        Assert.Contains("""<Error code="R020">""", (await PostAsync(again)).Body);
    }

    [Fact]
    public async Task Cancel_of_an_unknown_ccrn_is_R020_and_get_is_404_for_keys_that_did_not_lodge_it()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var unknown = $"""<AciSubmission xmlns="urn:hk:rocars:1"><MessageId>U-{id}</MessageId><Function>CANCEL</Function><Ccrn>C261126000000019</Ccrn></AciSubmission>""";
        Assert.Contains("""<Error code="R020">CCRN unknown, not yours, or cancelled.</Error>""", (await PostAsync(unknown)).Body);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("C261126000000019", "test-driver")).Status);

        var ccrn = CcrnOf((await PostAsync(Sample("rocars/01-aci-accepted.xml", "O-" + id))).Body);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(ccrn, "test-cnsw")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(ccrn, "test-msc")).Status); // no ROCARS role: the gate
    }

    [Fact]
    public async Task A_resend_is_answered_byte_for_byte_and_a_changed_body_is_R003()
    {
        var id = "R-" + Guid.NewGuid().ToString("N")[..8];
        var body = Sample("rocars/01-aci-accepted.xml", id);
        var first = await PostAsync(body);
        server.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(first.Body, (await PostAsync(body)).Body);
        var changed = body.Replace("CARTONS", "BOXES");
        Assert.Equal(
            $"""{Head}<AciResponse xmlns="urn:hk:rocars:1"><MessageId>{id}</MessageId><Status>REJECTED</Status><ReceivedAt>{ReceivedNow()}</ReceivedAt><Errors><Error code="R003">MessageId already used with a different body.</Error></Errors></AciResponse>""",
            (await PostAsync(changed)).Body);
    }

    [Fact]
    public async Task Concurrent_duplicates_store_one_lodgement()
    {
        var body = Sample("rocars/01-aci-accepted.xml", "D-" + Guid.NewGuid().ToString("N")[..8]);
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(body)));
        Assert.Single(answers.Select(a => a.Body).Distinct());
    }

    [Fact]
    public async Task Concurrent_lodgements_naming_one_facade_issued_ccrn_store_it_once_and_the_others_are_an_empty_400()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var issued = CcrnNumber.Create(new DateOnly(2026, 11, 25), 1000 + Random.Shared.Next(1_000_000));
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => PostAsync(Sample("rocars/01-aci-accepted.xml", $"I{i}-{id}"), request =>
        {
            request.Headers.Add("X-Strangler-Facade", CoreServer.FacadeCredential);
            request.Headers.Add("X-Strangler-Received-At", "2026-11-26T11:59:00+08:00");
            request.Headers.Add("X-Strangler-Issued", "aci=" + issued);
        })));
        var accepted = Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.Equal(issued, CcrnOf(accepted.Body));
        Assert.Equal(5, answers.Count(a => a == (HttpStatusCode.BadRequest, "")));
        var versions = await server.Services.GetRequiredService<DocumentReader>().VersionsAsync(issued);
        Assert.Equal(new[] { 1 }, versions.Select(v => v.Number));
    }

    [Fact]
    public async Task Facade_headers_are_honoured_from_the_facade_and_ignored_from_anyone_else()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var issued = CcrnNumber.Create(new DateOnly(2026, 11, 25), 1000 + Random.Shared.Next(1_000_000));
        var from = await PostAsync(Sample("rocars/01-aci-accepted.xml", "F-" + id), request =>
        {
            request.Headers.Add("X-Strangler-Facade", CoreServer.FacadeCredential);
            request.Headers.Add("X-Strangler-Received-At", "2026-11-26T11:59:00+08:00");
            request.Headers.Add("X-Strangler-Issued", "aci=" + issued);
        });
        Assert.Equal(Accepted("F-" + id, issued, "2026-11-26T11:59:00+08:00"), from.Body);

        var other = await PostAsync(Sample("rocars/01-aci-accepted.xml", "N-" + id), request =>
        {
            request.Headers.Add("X-Strangler-Received-At", "2026-11-26T11:59:00+08:00");
            request.Headers.Add("X-Strangler-Issued", "aci=" + issued);
        });
        Assert.NotEqual(issued, CcrnOf(other.Body));
        Assert.Contains($"<ReceivedAt>{ReceivedNow()}</ReceivedAt>", other.Body);
    }

    [Fact]
    public async Task The_gate_answers_401_without_a_key_and_415_for_a_wrong_content_type()
    {
        var body = Sample("rocars/01-aci-accepted.xml", "G-1");
        var (status, text) = await PostAsync(body, r => r.Headers.Remove("X-Api-Key"));
        Assert.Equal((HttpStatusCode.Unauthorized, ""), (status, text));
        (status, text) = await PostAsync(body, r => r.Content!.Headers.ContentType = new MediaTypeHeaderValue("text/plain"));
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, ""), (status, text));
    }

    private string ReceivedNow() => server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'");

    private string Accepted(string id, string ccrn, string? at = null) =>
        $"""{Head}<AciResponse xmlns="urn:hk:rocars:1"><MessageId>{id}</MessageId><Status>ACCEPTED</Status><Ccrn>{ccrn}</Ccrn><ReceivedAt>{at ?? ReceivedNow()}</ReceivedAt></AciResponse>""";

    private static string Sample(string path, string messageId) =>
        Encoding.UTF8.GetString(ContractSamples.Read(path, CoreServer.Noon)).Replace(
            System.Text.RegularExpressions.Regex.Match(Encoding.UTF8.GetString(ContractSamples.ReadBytes(path)), "<MessageId>[^<]*</MessageId>").Value,
            $"<MessageId>{messageId}</MessageId>");

    private static string CcrnOf(string answer) =>
        System.Text.RegularExpressions.Regex.Match(answer, "<Ccrn>([^<]*)</Ccrn>") is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException(answer);

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string xml, Action<HttpRequestMessage>? adjust = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/rocars/xml/v1/aci")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(xml)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        request.Headers.Add("X-Api-Key", "test-shipper");
        adjust?.Invoke(request);
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string ccrn, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/rocars/xml/v1/aci/" + ccrn);
        request.Headers.Add("X-Api-Key", key);
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteRocarsServer() : SqliteCoreServer(new RocarsModule());

public sealed class PostgresRocarsServer() : PostgresCoreServer(new RocarsModule());

public sealed class SqliteRocarsAciTests(SqliteRocarsServer server) : RocarsAciTests(server), IClassFixture<SqliteRocarsServer>;

public sealed class PostgresRocarsAciTests(PostgresRocarsServer server) : RocarsAciTests(server), IClassFixture<PostgresRocarsServer>;
