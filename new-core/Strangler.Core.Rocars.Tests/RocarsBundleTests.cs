using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Testing;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Model.Road;
using Strangler.Core.Model.Transport;
using Strangler.Core.Risk;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;

namespace Strangler.Core.Rocars.Tests;

/// <summary>POST/DELETE /bundles and GET /clearance over real HTTP; each test uses its own MessageIds, CCRNs and VRNs.</summary>
public abstract class RocarsBundleTests(CoreServer server)
{
    private readonly RocarsCalls _r = new(server);

    [Fact]
    public async Task Samples_01_and_04_to_06_get_their_expected_answers_in_order()
    {
        var ccrns = new Dictionary<string, string>();
        string Text(string file) => Encoding.UTF8.GetString(ContractSamples.Read("rocars/" + file, CoreServer.Noon, f => ccrns[f]));

        var (_, aci) = await _r.PostAsync("aci", "test-shipper", Text("01-aci-accepted.xml"));
        ccrns["01-aci-accepted.xml"] = RocarsCalls.Value(aci, "Ccrn");

        var (_, bundled) = await _r.PostAsync("bundles", "test-driver", Text("04-bundle.xml"));
        var bundleRef = RocarsCalls.Value(bundled, "BundleRef");
        Assert.Matches("^B2611265[0-9]{7}$", bundleRef);
        Assert.Equal(_r.Bundled("BND-0001", bundleRef), bundled);
        var issuedAt = _r.Now();
        var (status, instruction) = await _r.GetAsync("clearance?vrn=AB1234&controlPoint=LMC", "test-driver");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(instruction, new[] { _r.Instruction("AB1234", bundleRef, "GO", issuedAt), _r.Instruction("AB1234", bundleRef, "STOP", issuedAt) });

        Assert.Equal(_r.Rejected("AciResponse", "ACI-0004", "R021"), (await _r.PostAsync("aci", "test-shipper", Text("05-amend-bundled-rejected.xml"))).Body);
        Assert.Equal(_r.Rejected("AciResponse", "", "R001"), (await _r.PostAsync("aci", "test-shipper", Text("06-not-well-formed.xml"))).Body);

        var (_, record) = await _r.GetAsync("aci/" + ccrns["01-aci-accepted.xml"], "test-shipper");
        Assert.Contains($"<Status>BUNDLED</Status><Version>1</Version>", record);
        Assert.EndsWith($"<BundleRef>{bundleRef}</BundleRef></AciRecord>", record);
    }

    [Fact]
    public async Task A_bundle_of_clean_goods_not_drawn_at_random_is_GO_and_the_facade_issued_ref_is_used()
    {
        var ccrn = await _r.LodgeAsync();
        var lodgement = (RoadLodgement)(await server.Services.GetRequiredService<DocumentReader>().CurrentAsync(ccrn))!.Document!;
        var clearance = server.Services.GetRequiredService<ICargoClearance>();
        var bundleRef = "";
        for (var n = Random.Shared.Next(1_000_000, 4_000_000); bundleRef.Length == 0; n++)
        {
            var candidate = $"B261126{n:D8}";
            var subject = RiskSubjects.Bundle(candidate, TradeDirection.Import, "LMC", [lodgement.Consignment], server.Clock.GetUtcNow());
            bundleRef = (await clearance.AssessAsync(subject)).Channel == ClearanceChannel.Release ? candidate : "";
        }

        var id = RocarsCalls.Id("GO");
        var answer = await _r.PostAsync("bundles", "test-driver", _r.Bundle(id, "GA101", [ccrn]), r => RocarsCalls.FromFacade(r, issued: "bundle=" + bundleRef));
        Assert.Equal(_r.Bundled(id, bundleRef), answer.Body);
        Assert.Equal(_r.Instruction("GA101", bundleRef, "GO", _r.Now()), (await _r.GetAsync("clearance?vrn=GA101&controlPoint=LMC", "test-driver")).Body);
    }

    [Theory]
    [InlineData("CARVED IVORY FIGURES", "85177900", "ST102", "P-IVORY")]
    [InlineData("SPORTING GOODS", "93032000", "ST103", "P-ARMS")]
    public async Task A_bundle_the_default_rules_examine_is_STOP_and_keeps_its_decision(string description, string hsCode, string vrn, string rule)
    {
        var clean = await _r.LodgeAsync();
        var risky = await _r.LodgeAsync(description, hsCode: hsCode);
        var bundleRef = await _r.BundleAsync(vrn, clean, risky);
        Assert.Equal(_r.Instruction(vrn, bundleRef, "STOP", _r.Now()), (await _r.GetAsync($"clearance?vrn={vrn}&controlPoint=LMC", "test-driver")).Body);

        await using var connection = await server.Services.GetRequiredService<CoreDatabase>().OpenAsync();
        var kept = await connection.QuerySingleAsync<(string Channel, string Instruction, string Reasons)>(
            "SELECT channel, instruction, reasons FROM core_rocars_bundle WHERE bundle_ref = @BundleRef", new { BundleRef = bundleRef });
        Assert.Equal(("PhysicalExamination", "STOP"), (kept.Channel, kept.Instruction));
        Assert.StartsWith(rule + " PhysicalExamination 10: ", kept.Reasons);
    }

    [Fact]
    public async Task Clearance_picks_the_earliest_arrival_and_is_404_for_bad_or_repeated_parameters_other_roles_and_no_bundle()
    {
        var late = await _r.BundleAsync("CP104", await _r.LodgeAsync());
        var (_, early) = await _r.PostAsync("bundles", "test-driver", _r.Bundle(RocarsCalls.Id("E"), "CP104", [await _r.LodgeAsync()], arrival: TimeSpan.FromHours(1)));
        Assert.Contains($"<BundleRef>{RocarsCalls.Value(early, "BundleRef")}</BundleRef>", (await _r.GetAsync("clearance?vrn=CP104&controlPoint=LMC", "test-driver")).Body);
        Assert.NotEqual(late, RocarsCalls.Value(early, "BundleRef"));

        foreach (var query in new[] { "vrn=CP104", "controlPoint=LMC", "vrn=CP104&vrn=CP104&controlPoint=LMC", "vrn=CP104&controlPoint=XXX",
                     "vrn=IO1&controlPoint=LMC", "VRN=CP104&controlPoint=LMC", "vrn=CP104&controlPoint=MKT", "vrn=CP105&controlPoint=LMC" })
        {
            Assert.Equal((HttpStatusCode.NotFound, ""), await _r.GetAsync("clearance?" + query, "test-driver"));
        }

        Assert.Equal((HttpStatusCode.NotFound, ""), await _r.GetAsync("clearance?vrn=CP104&controlPoint=LMC", "test-shipper"));
        Assert.Equal(HttpStatusCode.OK, (await _r.GetAsync("clearance?vrn=CP%3104&controlPoint=LMC&x=1", "test-driver")).Status);
    }

    [Fact]
    public async Task Store_rules_report_every_code_once_in_order_and_R031_covers_unknown_cancelled_and_bundled_ccrns()
    {
        var lmc = await _r.LodgeAsync();
        var bundled = await _r.LodgeAsync();
        await _r.BundleAsync("RC106", bundled);
        var cancelled = await _r.LodgeAsync();
        await _r.PostAsync("aci", "test-shipper", _r.Aci(RocarsCalls.Id("C"), function: "CANCEL", ccrn: cancelled));

        async Task Expect(string[] ccrns, string controlPoint, TimeSpan arrival, string vrn, params string[] codes)
        {
            var id = RocarsCalls.Id("X");
            Assert.Equal(_r.Rejected("BundleResponse", id, codes),
                (await _r.PostAsync("bundles", "test-driver", _r.Bundle(id, vrn, ccrns, controlPoint, arrival))).Body);
        }

        var hour = TimeSpan.FromHours(1);
        await Expect([lmc], "MKT", hour, "RC107", "R032");
        await Expect([bundled], "LMC", hour, "RC107", "R031");
        await Expect([cancelled], "LMC", hour, "RC107", "R031");
        await Expect(["C261126000000019"], "LMC", hour, "RC107", "R031");
        await Expect([lmc, lmc], "LMC", hour, "RC107", "R031");
        await Expect([lmc, "C261126000000019"], "MKT", TimeSpan.FromMinutes(29), "OO1", "R030", "R031", "R032", "R033");
        await Expect([lmc], "XYZ", hour, "RC107", "R011", "R032");
        Assert.Equal(_r.Rejected("BundleResponse", "S-1", "R041"), (await _r.PostAsync("bundles", "test-shipper", _r.Bundle("S-1", "RC107", [lmc]))).Body);
    }

    [Fact]
    public async Task Delete_unbundles_for_its_driver_only_and_frees_the_ccrns_for_amendment()
    {
        var ccrn = await _r.LodgeAsync();
        var bundleRef = await _r.BundleAsync("DL108", ccrn);
        Assert.Equal(_r.Rejected("AciResponse", "CX-" + bundleRef, "R021"),
            (await _r.PostAsync("aci", "test-shipper", _r.Aci("CX-" + bundleRef, function: "CANCEL", ccrn: ccrn))).Body);
        var late = "LT-" + bundleRef;
        Assert.Equal(_r.Rejected("AciResponse", late, "R010", "R021"), (await _r.PostAsync("aci", "test-shipper",
            RocarsCalls.AciXml(late, function: "AMEND", ccrn: ccrn, crossing: _r.At(TimeSpan.FromMinutes(10))))).Body);
        Assert.Equal(_r.Rejected("BundleResponse", "D0-" + bundleRef, "R034"), (await _r.DeleteAsync(bundleRef, SecondDriver.Key, "D0-" + bundleRef)).Body);
        Assert.Equal(_r.Rejected("BundleResponse", "D1-" + bundleRef, "R041"), (await _r.DeleteAsync(bundleRef, "test-shipper", "D1-" + bundleRef)).Body);

        var id = "D2-" + bundleRef;
        var first = await _r.DeleteAsync(bundleRef, "test-driver", id);
        Assert.Equal(_r.Unbundled(id, bundleRef), first.Body);
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(first.Body, (await _r.DeleteAsync(bundleRef, "test-driver", id)).Body);
        Assert.Equal(_r.Rejected("BundleResponse", "D3-" + bundleRef, "R034"), (await _r.DeleteAsync(bundleRef, "test-driver", "D3-" + bundleRef)).Body);
        Assert.Equal((HttpStatusCode.NotFound, ""), await _r.GetAsync("clearance?vrn=DL108&controlPoint=LMC", "test-driver"));
        Assert.Contains("<Status>LODGED</Status>", (await _r.GetAsync("aci/" + ccrn, "test-shipper")).Body);
        Assert.Contains("<Status>ACCEPTED</Status>", (await _r.PostAsync("aci", "test-shipper", _r.Aci(RocarsCalls.Id("A"), function: "AMEND", ccrn: ccrn))).Body);

        Assert.Equal(_r.Rejected("BundleResponse", "M-1", "R034"), (await _r.DeleteAsync("B2611X", "test-driver", "M-1")).Body);
        Assert.Equal(_r.Rejected("BundleResponse", "", "R001"), (await _r.DeleteAsync(bundleRef, "test-driver", null)).Body);
        Assert.Equal(_r.Rejected("BundleResponse", "", "R001"), (await _r.DeleteAsync(bundleRef, "test-driver", new string('x', 36))).Body);
        Assert.Equal(_r.Rejected("BundleResponse", "", "R001"),
            await _r.RawAsync($"DELETE /rocars/xml/v1/bundles/{bundleRef} HTTP/1.1\r\nX-Api-Key: test-driver\r\nX-Message-Id: M-2\r\nX-Message-Id: M-2\r\n"));
    }

    [Fact]
    public async Task A_bundle_is_live_until_24_hours_after_its_expected_arrival()
    {
        var ccrn = await _r.LodgeAsync();
        var bundleRef = await _r.BundleAsync("LV109", ccrn);
        var end = _r.At(TimeSpan.FromHours(26));
        var before = _r.At(TimeSpan.FromHours(26) - TimeSpan.FromSeconds(1));
        Assert.EndsWith($"<BundleRef>{bundleRef}</BundleRef></AciRecord>", (await _r.GetAsync("aci/" + ccrn, "test-driver", r => RocarsCalls.FromFacade(r, before))).Body);
        var after = (await _r.GetAsync("aci/" + ccrn, "test-driver", r => RocarsCalls.FromFacade(r, end))).Body;
        Assert.Contains("<Status>LODGED</Status>", after);
        Assert.DoesNotContain("BundleRef", after);
        Assert.Equal((HttpStatusCode.NotFound, ""), await _r.GetAsync("clearance?vrn=LV109&controlPoint=LMC", "test-driver", r => RocarsCalls.FromFacade(r, end)));
    }

    [Fact]
    public async Task A_resend_after_the_answer_was_lost_finishes_the_same_bundle_and_other_content_is_R003()
    {
        var ccrn = await _r.LodgeAsync();
        var id = RocarsCalls.Id("LOST");
        var body = _r.Bundle(id, "LB113", [ccrn]);
        var first = await _r.PostAsync("bundles", "test-driver", body);
        async Task LoseAnswer()
        {
            await using var connection = await server.Services.GetRequiredService<CoreDatabase>().OpenAsync();
            await connection.ExecuteAsync("DELETE FROM core_request_log WHERE client_key = 'test-driver' AND request_id = @Id", new { Id = id });
        }

        await LoseAnswer();
        server.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(_r.Rejected("BundleResponse", id, "R003"), (await _r.PostAsync("bundles", "test-driver", _r.Bundle(id, "LB114", [ccrn]))).Body);
        Assert.Equal(first.Body, (await _r.PostAsync("bundles", "test-driver", body)).Body);
        await LoseAnswer();
        Assert.Equal(first.Body, (await _r.PostAsync("bundles", "test-driver", body)).Body);
        Assert.Contains(RocarsCalls.Value(first.Body, "BundleRef"), (await _r.GetAsync("clearance?vrn=LB113&controlPoint=LMC", "test-driver")).Body);
    }

    [Fact]
    public async Task Concurrent_resends_store_one_bundle_and_two_drivers_never_both_bundle_one_ccrn()
    {
        var ccrn = await _r.LodgeAsync();
        var body = _r.Bundle(RocarsCalls.Id("CC"), "CC110", [ccrn]);
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _r.PostAsync("bundles", "test-driver", body)));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Contains("<Status>BUNDLED</Status>", answers[0].Body);

        for (var round = 0; round < 4; round++)
        {
            var shared = await _r.LodgeAsync();
            var race = await Task.WhenAll(
                _r.PostAsync("bundles", "test-driver", _r.Bundle(RocarsCalls.Id("R1"), "CC111", [shared])),
                _r.PostAsync("bundles", SecondDriver.Key, _r.Bundle(RocarsCalls.Id("R2"), "CC112", [shared])),
                _r.PostAsync("aci", "test-shipper", _r.Aci(RocarsCalls.Id("R3"), function: "CANCEL", ccrn: shared)));
            var outcomes = race.Select(a => a.Body.Contains("<Status>REJECTED</Status>") ? "no" : "yes").ToList();
            Assert.Equal(1, outcomes.Count(o => o == "yes"));
        }
    }
}

public sealed class SqliteRocarsBundleTests(SqliteRocarsBundleServer server) : RocarsBundleTests(server), IClassFixture<SqliteRocarsBundleServer>;

public sealed class PostgresRocarsBundleTests(PostgresRocarsBundleServer server) : RocarsBundleTests(server), IClassFixture<PostgresRocarsBundleServer>;
