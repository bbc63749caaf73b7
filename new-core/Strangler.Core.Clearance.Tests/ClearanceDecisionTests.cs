using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Risk;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Subjects;
using Strangler.Core.Testing;

namespace Strangler.Core.Clearance.Tests;

/// <summary>Decisions kept with reasons, relationships over the stored history, examination results and hit rates.</summary>
public abstract class ClearanceDecisionTests(CoreServer server)
{
    private ICargoClearance Clearance => server.Services.GetRequiredService<ICargoClearance>();

    [Fact]
    public async Task A_decision_is_stored_with_its_reasons_and_shown_to_the_auditor()
    {
        var reference = "ARMS-" + Subjects.NewId();
        var decision = await Clearance.AssessAsync(Subjects.Consignment(
            reference, Subjects.Trader("Maker " + reference), Subjects.Trader("Buyer " + reference), server.Clock.GetUtcNow(), hsCode: "930190"));
        Assert.Equal(ClearanceChannel.PhysicalExamination, decision.Channel);

        var stored = Assert.Single(await DecisionsAsync(reference))!;
        Assert.Equal(2, (int?)stored["ruleSetVersion"]);
        Assert.Equal("physicalExamination", (string?)stored["channel"]);
        Assert.Equal("10", (string?)stored["score"]);
        Assert.False((bool)stored["randomlySelected"]!);
        Assert.Equal(0, (int?)stored["relationshipScore"]);
        Assert.Equal(server.Clock.GetUtcNow(), DateTimeOffset.Parse((string)stored["assessedAt"]!, CultureInfo.InvariantCulture));
        var reason = Assert.Single(stored["reasons"]!.AsArray())!;
        Assert.Equal(
            """{"ruleId":"P-ARMS","channel":"physicalExamination","weight":10,"matched":"HS code 930190"}""",
            reason.ToJsonString());
    }

    [Fact]
    public async Task A_resend_records_no_new_decision_and_an_amendment_does()
    {
        var reference = "RESEND-" + Subjects.NewId();
        var (consignor, consignee) = (Subjects.Trader("Shipper " + reference), Subjects.Trader("Receiver " + reference));
        var at = server.Clock.GetUtcNow();
        await Clearance.AssessAsync(Subjects.Consignment(reference, consignor, consignee, at));
        await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            Clearance.AssessAsync(Subjects.Consignment(reference, consignor, consignee, at.AddMinutes(i)))));
        Assert.Single(await DecisionsAsync(reference));

        await Clearance.AssessAsync(Subjects.Consignment(reference, consignor, consignee, at.AddHours(1), hsCode: "930100"));
        var decisions = await DecisionsAsync(reference);
        Assert.Equal(["release", "physicalExamination"], decisions.Select(d => (string)d!["channel"]!).ToArray());
    }

    [Fact]
    public async Task A_shared_address_with_an_earlier_subject_is_a_relationship_link()
    {
        var id = Subjects.NewId();
        var address = $"{id} Harbour Road, Wan Chai";
        var earlier = "ADDR-A-" + id;
        await Clearance.AssessAsync(Subjects.Consignment(
            earlier, Subjects.Trader("Alpha " + id, address), Subjects.Trader("Buyer A " + id), server.Clock.GetUtcNow()));

        var decision = await Clearance.AssessAsync(Subjects.Consignment(
            "ADDR-B-" + id, Subjects.Trader("Beta " + id, address.ToUpperInvariant() + "."), Subjects.Trader("Buyer B " + id), server.Clock.GetUtcNow()));

        Assert.Equal(new RelationshipLink(RelationshipLinkKind.SharedAddress, "Beta " + id, "Alpha " + id, earlier, 3), Assert.Single(decision.Relationships.Links));
        Assert.Equal(3, decision.Relationships.Score);
        Assert.Equal(ClearanceChannel.Release, decision.Channel);
    }

    [Fact]
    public async Task A_finding_raises_the_score_of_linked_parties_and_of_the_party_itself()
    {
        var id = Subjects.NewId();
        var address = $"{id} Kwai Chung Road";
        var alpha = Subjects.Trader("Alpha " + id, address);
        var examined = "FIND-A-" + id;
        await Clearance.AssessAsync(Subjects.Consignment(examined, alpha, Subjects.Trader("Buyer A " + id), server.Clock.GetUtcNow()));
        var before = await Clearance.AssessAsync(Subjects.Consignment(
            "FIND-B-" + id, Subjects.Trader("Beta " + id, address), Subjects.Trader("Buyer B " + id), server.Clock.GetUtcNow()));
        Assert.Equal(3, before.Relationships.Score);

        using var recorded = await SendAsync(HttpMethod.Post, "/admin/clearance/examinations", CoreServer.OperatorToken,
            $$"""{"subjectKind":"consignment","reference":"{{examined}}","findings":true}""");
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        var linked = await Clearance.AssessAsync(Subjects.Consignment(
            "FIND-C-" + id, Subjects.Trader("Gamma " + id, address), Subjects.Trader("Buyer C " + id), server.Clock.GetUtcNow()));
        Assert.Equal(
            [
                new RelationshipLink(RelationshipLinkKind.SharedAddress, "Gamma " + id, "Beta " + id, "FIND-B-" + id, 3),
                new RelationshipLink(RelationshipLinkKind.SharedAddress, "Gamma " + id, "Alpha " + id, examined, 3),
                new RelationshipLink(RelationshipLinkKind.LinkedToPartyWithFindings, "Gamma " + id, "Alpha " + id, examined, 5),
            ],
            linked.Relationships.Links);
        Assert.Equal(3 + 3 + 5, linked.Relationships.Score);

        var itself = await Clearance.AssessAsync(Subjects.Consignment(
            "FIND-D-" + id, alpha with { Address = null }, Subjects.Trader("Buyer D " + id), server.Clock.GetUtcNow()));
        Assert.Equal(10, itself.Relationships.Score);
        Assert.Equal(ClearanceChannel.DocumentCheck, itself.Channel);
        Assert.Equal("R-LINKS", Assert.Single(itself.Reasons).RuleId);
    }

    [Fact]
    public async Task Hit_rates_per_rule_and_the_channel_balance_come_from_examination_results()
    {
        server.Clock.Advance(TimeSpan.FromDays(2)); // a day of its own: decisions of other tests fall on earlier days
        var day = DateOnly.FromDateTime(server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = Subjects.NewId();
        var refs = Enumerable.Range(1, 4).Select(i => $"HIT{i}-{id}").ToArray();
        for (var i = 0; i < refs.Length; i++)
        {
            await Clearance.AssessAsync(Subjects.Consignment(
                refs[i], Subjects.Trader($"Maker {i} {id}"), Subjects.Trader($"Buyer {i} {id}"), server.Clock.GetUtcNow(), hsCode: i < 3 ? "930200" : "610910"));
        }

        foreach (var (reference, findings) in new[] { (refs[0], false), (refs[0], true), (refs[1], false), (refs[3], false) })
        {
            using var r = await SendAsync(HttpMethod.Post, "/admin/clearance/examinations", CoreServer.OperatorToken,
                $$"""{"subjectKind":"consignment","reference":"{{reference}}","findings":{{(findings ? "true" : "false")}}}""");
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }

        using var response = await SendAsync(HttpMethod.Get, $"/admin/clearance/hit-rates?from={day}&to={day}", CoreServer.AuditorToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(4, (int?)report["subjects"]);
        Assert.Equal(
            """[{"ruleId":"P-ARMS","selections":3,"examinations":2,"withFindings":1,"hitRate":0.5}]""",
            report["rules"]!.ToJsonString());
        Assert.Equal(
            """{"decisions":4,"documentCheckShare":0,"physicalExaminationShare":0.75,"targets":{"documentCheck":0.06,"physicalExamination":0.02}}""",
            report["balance"]!.ToJsonString());
    }

    [Fact]
    public async Task An_examination_of_an_unknown_subject_or_with_a_bad_body_is_refused_and_the_auditor_may_not_record_one()
    {
        var body = $$"""{"subjectKind":"consignment","reference":"NONE-{{Subjects.NewId()}}","findings":true}""";
        using var unknown = await SendAsync(HttpMethod.Post, "/admin/clearance/examinations", CoreServer.OperatorToken, body);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        using var bad = await SendAsync(HttpMethod.Post, "/admin/clearance/examinations", CoreServer.OperatorToken, """{"subjectKind":"ship","reference":"X"}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("must be consignment or bundle", (string?)(await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["subjectKind"]![0]);

        using var notJson = await SendAsync(HttpMethod.Post, "/admin/clearance/examinations", CoreServer.OperatorToken, "[1,");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        using var auditor = await SendAsync(HttpMethod.Post, "/admin/clearance/examinations", CoreServer.AuditorToken, body);
        Assert.Equal(HttpStatusCode.Forbidden, auditor.StatusCode);

        using var badPeriod = await SendAsync(HttpMethod.Get, "/admin/clearance/hit-rates?from=2026-13-01", CoreServer.AuditorToken);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
    }

    private async Task<JsonArray> DecisionsAsync(string reference)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/admin/clearance/decisions/consignment/{reference}", CoreServer.AuditorToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await server.Http.SendAsync(request);
    }
}

public sealed class SqliteClearanceDecisionTests(SqliteNoRandomServer server) : ClearanceDecisionTests(server), IClassFixture<SqliteNoRandomServer>;

public sealed class PostgresClearanceDecisionTests(PostgresNoRandomServer server) : ClearanceDecisionTests(server), IClassFixture<PostgresNoRandomServer>;
