using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.CheckDigits;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;

namespace Strangler.Core.Rocars.Tests;

/// <summary>/ssdd channel ownership, JSON API lodgements, the shared MessageId space, facade refs and robustness.</summary>
public abstract class RocarsSsddTests(CoreServer server)
{
    private readonly RocarsCalls _r = new(server);

    [Fact]
    public async Task An_ssdd_lodgement_is_changed_only_by_the_single_window_through_ssdd_and_any_driver_may_bundle_it()
    {
        var ccrn = await _r.LodgeAsync(ssdd: true);
        var (_, record) = await _r.GetAsync("aci/" + ccrn, "test-cnsw");
        Assert.Contains($"<Ccrn>{ccrn}</Ccrn><Status>LODGED</Status><Version>1</Version><ReceivedAt>{_r.Now()}</ReceivedAt><Source>CNSW</Source><Direction>", record);
        Assert.Equal((HttpStatusCode.NotFound, ""), await _r.GetAsync("aci/" + ccrn, "test-shipper"));

        var viaAci = RocarsCalls.Id("A");
        Assert.Equal(_r.Rejected("AciResponse", viaAci, "R020"), (await _r.PostAsync("aci", "test-shipper", _r.Aci(viaAci, function: "AMEND", ccrn: ccrn))).Body);
        var amend = RocarsCalls.Id("S");
        Assert.Contains("<Status>ACCEPTED</Status>", (await _r.PostAsync("ssdd", "test-cnsw", _r.Aci(amend, "TOYS", source: "CNSW", function: "AMEND", ccrn: ccrn))).Body);
        Assert.Contains("<Version>2</Version>", (await _r.GetAsync("aci/" + ccrn, "test-driver")).Body);
        await _r.BundleAsync("SS201", ccrn);
        var cancel = RocarsCalls.Id("S");
        Assert.Equal(_r.Rejected("AciResponse", cancel, "R021"), (await _r.PostAsync("ssdd", "test-cnsw", _r.Aci(cancel, source: "CNSW", function: "CANCEL", ccrn: ccrn))).Body);

        var aciCcrn = await _r.LodgeAsync();
        var other = RocarsCalls.Id("S");
        Assert.Equal(_r.Rejected("AciResponse", other, "R020"), (await _r.PostAsync("ssdd", "test-cnsw", _r.Aci(other, source: "CNSW", function: "CANCEL", ccrn: aciCcrn))).Body);
    }

    [Theory]
    [InlineData("test-shipper", "CNSW")]
    [InlineData("test-driver", "CNSW")]
    [InlineData("test-cnsw", null)]
    [InlineData("test-cnsw", "HKSW")]
    public async Task Ssdd_answers_R040_to_other_keys_and_without_source_CNSW(string key, string? source)
    {
        var id = RocarsCalls.Id("R40");
        Assert.Equal(_r.Rejected("AciResponse", id, "R040"), (await _r.PostAsync("ssdd", key, _r.Aci(id, source: source))).Body);
    }

    [Fact]
    public async Task Get_shows_a_json_api_lodgement_which_its_key_amends_through_aci_and_a_driver_bundles()
    {
        var template = await _r.LodgeAsync();
        var reader = server.Services.GetRequiredService<DocumentReader>();
        var ccrn = CcrnNumber.Create(new DateOnly(2026, 11, 26), 70_000_000 + Random.Shared.Next(9_000_000));
        var current = (await reader.CurrentAsync(template))!;
        await server.Services.GetRequiredService<DocumentWriter>().SaveVersionAsync(current with
        {
            IssuedReference = ccrn,
            Source = SourceInterface.JsonApi,
        });

        var (status, record) = await _r.GetAsync("aci/" + ccrn, "test-shipper");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<Ccrn>{ccrn}</Ccrn><Status>LODGED</Status><Version>1</Version><ReceivedAt>{_r.Now()}</ReceivedAt><Direction>IMPORT</Direction>", record);
        Assert.Equal((HttpStatusCode.NotFound, ""), await _r.GetAsync("aci/" + ccrn, "test-cnsw"));
        Assert.Contains("<Status>ACCEPTED</Status>", (await _r.PostAsync("aci", "test-shipper", _r.Aci(RocarsCalls.Id("J"), function: "AMEND", ccrn: ccrn))).Body);
        var bundleRef = await _r.BundleAsync("JS202", ccrn);
        Assert.EndsWith($"<BundleRef>{bundleRef}</BundleRef></AciRecord>", (await _r.GetAsync("aci/" + ccrn, "test-shipper")).Body);
    }

    [Fact]
    public async Task A_message_id_is_one_identity_per_key_across_every_rocars_endpoint()
    {
        var ccrn = await _r.LodgeAsync();
        var id = RocarsCalls.Id("MX");
        var bundled = await _r.PostAsync("bundles", "test-driver", _r.Bundle(id, "MX203", [ccrn]));
        var bundleRef = RocarsCalls.Value(bundled.Body, "BundleRef");
        Assert.Equal(_r.Rejected("BundleResponse", id, "R003"), (await _r.DeleteAsync(bundleRef, "test-driver", id)).Body);
        Assert.Equal(_r.Rejected("BundleResponse", id, "R003"),
            (await _r.PostAsync("bundles", "test-driver", _r.Bundle(id, "MX204", [ccrn]))).Body);
        Assert.Contains("<Status>BUNDLED</Status>", (await _r.PostAsync("bundles", "test-driver", _r.Bundle(id, "MX203", [ccrn]))).Body);

        var aciId = RocarsCalls.Id("MY");
        await _r.PostAsync("aci", "test-shipper", _r.Aci(aciId));
        Assert.Equal(_r.Rejected("BundleResponse", aciId, "R041"), (await _r.PostAsync("bundles", "test-shipper", _r.Bundle(aciId, "MX205", [ccrn]))).Body);
        Assert.Equal(_r.Rejected("BundleResponse", aciId, "R041"), (await _r.DeleteAsync(bundleRef, "test-shipper", aciId)).Body);
        Assert.Equal(_r.Rejected("AciResponse", aciId, "R003"), (await _r.PostAsync("aci", "test-shipper", _r.Aci(aciId, "TOYS"))).Body);
        Assert.Contains("<Status>ACCEPTED</Status>", (await _r.PostAsync("ssdd", "test-cnsw", _r.Aci(aciId, source: "CNSW"))).Body);
    }

    [Fact]
    public async Task A_facade_bundle_ref_is_honoured_only_from_the_facade_and_a_taken_or_malformed_one_is_an_empty_400()
    {
        var ccrn = await _r.LodgeAsync();
        var issued = $"B261125{Random.Shared.Next(10_000_000, 40_000_000):D8}";
        var noFacade = await _r.PostAsync("bundles", "test-driver", _r.Bundle(RocarsCalls.Id("N"), "FA206", [ccrn]), r =>
        {
            r.Headers.Add("X-Strangler-Issued", "bundle=" + issued);
            r.Headers.Add("X-Strangler-Received-At", "2026-11-26T11:59:00+08:00");
        });
        var drawn = RocarsCalls.Value(noFacade.Body, "BundleRef");
        Assert.Matches("^B2611265[0-9]{7}$", drawn);
        Assert.Contains($"<ReceivedAt>{_r.Now()}</ReceivedAt>", noFacade.Body);
        await _r.DeleteAsync(drawn, "test-driver", RocarsCalls.Id("D"));

        var id = RocarsCalls.Id("F");
        var fromFacade = await _r.PostAsync("bundles", "test-driver", _r.Bundle(id, "FA206", [ccrn]),
            r => RocarsCalls.FromFacade(r, _r.Now(), "bundle=" + issued));
        Assert.Equal(_r.Bundled(id, issued), fromFacade.Body);
        await _r.DeleteAsync(issued, "test-driver", RocarsCalls.Id("D"));

        foreach (var bad in new[] { issued, drawn, "B26112", "C261126000000019" })
        {
            var answer = await _r.PostAsync("bundles", "test-driver", _r.Bundle(RocarsCalls.Id("T"), "FA206", [ccrn]), r => RocarsCalls.FromFacade(r, issued: "bundle=" + bad));
            Assert.Equal((HttpStatusCode.BadRequest, ""), answer);
        }

        Assert.Contains("<Status>LODGED</Status>", (await _r.GetAsync("aci/" + ccrn, "test-driver")).Body);
    }

    [Fact]
    public async Task An_aci_resend_after_the_answer_was_lost_keeps_its_ccrn_and_version_and_other_content_is_R003()
    {
        async Task LoseAnswer(string key, string id)
        {
            await using var connection = await server.Services.GetRequiredService<CoreDatabase>().OpenAsync();
            await connection.ExecuteAsync("DELETE FROM core_request_log WHERE client_key = @Key AND request_id = @Id", new { Key = key, Id = id });
        }

        var id = RocarsCalls.Id("LO");
        var body = _r.Aci(id);
        var first = await _r.PostAsync("aci", "test-shipper", body);
        var ccrn = RocarsCalls.Value(first.Body, "Ccrn");
        await LoseAnswer("test-shipper", id);
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(_r.Rejected("AciResponse", id, "R003"), (await _r.PostAsync("aci", "test-shipper", _r.Aci(id, "TOYS"))).Body);
        Assert.Equal(first.Body, (await _r.PostAsync("aci", "test-shipper", body)).Body);

        var amendId = RocarsCalls.Id("LA");
        var amend = _r.Aci(amendId, "TOYS", function: "AMEND", ccrn: ccrn);
        var amended = await _r.PostAsync("aci", "test-shipper", amend);
        await LoseAnswer("test-shipper", amendId);
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(amended.Body, (await _r.PostAsync("aci", "test-shipper", amend)).Body);
        Assert.Contains("<Status>LODGED</Status><Version>2</Version>", (await _r.GetAsync("aci/" + ccrn, "test-shipper")).Body);
        await _r.BundleAsync("LA208", ccrn);
    }

    [Fact]
    public async Task Random_and_mutated_bodies_never_get_a_5xx()
    {
        var ccrn = await _r.LodgeAsync();
        var random = new Random(4711);
        var seeds = new (string Endpoint, string Key, string Xml)[]
        {
            ("aci", "test-shipper", _r.Aci("FZ-A")),
            ("ssdd", "test-cnsw", _r.Aci("FZ-S", source: "CNSW", function: "AMEND", ccrn: ccrn)),
            ("bundles", "test-driver", _r.Bundle("FZ-B", "FZ207", [ccrn, ccrn[..^1] + "0"])),
        };
        const string Noise = "<>&/\"'=: \u00e9\u0000\u00ad\u2028x9AMEND<Ccrn>]]><!DOCTYPE";
        for (var i = 0; i < 120; i++)
        {
            var (endpoint, key, xml) = seeds[i % seeds.Length];
            var bytes = Encoding.UTF8.GetBytes(xml).ToList();
            for (var m = random.Next(1, 6); m > 0 && bytes.Count > 0; m--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(4))
                {
                    case 0: bytes[at] = (byte)random.Next(256); break;
                    case 1: bytes.RemoveRange(at, Math.Min(random.Next(1, 20), bytes.Count - at)); break;
                    case 2: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Noise.Substring(random.Next(Noise.Length - 3), 3))); break;
                    default: bytes.InsertRange(at, bytes.Skip(random.Next(bytes.Count)).Take(random.Next(1, 40)).ToList()); break;
                }
            }

            var (status, _) = await _r.SendAsync(HttpMethod.Post, "/rocars/xml/v1/" + endpoint, key, [.. bytes]);
            Assert.True((int)status < 500, $"{endpoint} #{i}: {(int)status} for {Encoding.UTF8.GetString([.. bytes])}");
            var (deleted, _) = await _r.DeleteAsync(Uri.EscapeDataString(Encoding.UTF8.GetString([.. bytes.Take(20)])), "test-driver", $"FZ-D{i}");
            Assert.True((int)deleted < 500, $"DELETE #{i}: {(int)deleted}");
        }
    }
}

public sealed class SqliteRocarsSsddTests(SqliteRocarsBundleServer server) : RocarsSsddTests(server), IClassFixture<SqliteRocarsBundleServer>;

public sealed class PostgresRocarsSsddTests(PostgresRocarsBundleServer server) : RocarsSsddTests(server), IClassFixture<PostgresRocarsBundleServer>;
