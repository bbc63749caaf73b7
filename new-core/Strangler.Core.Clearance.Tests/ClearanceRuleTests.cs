using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Core.Clearance.Rules;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Risk;
using Strangler.Core.Risk.Rules;
using Strangler.Core.Testing;

namespace Strangler.Core.Clearance.Tests;

/// <summary>Rules as data over real HTTP: loaded once, changed without a redeploy, every change recorded, bad changes refused.</summary>
public abstract class ClearanceRuleTests(CoreServer server)
{
    [Fact]
    public async Task The_default_rules_are_stored_once_and_kept_across_a_restart()
    {
        var store = server.Services.GetRequiredService<StoredRuleStore>();
        var seed = store.Changes[0];
        Assert.Equal((null, 1, StoredRuleStore.SeededBy), (seed.OldVersion, seed.NewVersion, seed.ChangedBy));

        await using var restarted = new SecondHost(server);
        await restarted.StartAsync();
        var again = restarted.Services.GetRequiredService<StoredRuleStore>();
        Assert.Equal(store.Current.Version, again.Current.Version);
        Assert.Equal(RiskRuleSetJson.Write(store.Current), RiskRuleSetJson.Write(again.Current));
        Assert.Equal(store.Changes, again.Changes);
        Assert.Single(again.Changes, c => c.OldVersion is null);
    }

    [Fact]
    public async Task A_rule_change_applies_to_the_next_assessment_and_is_recorded_with_who_why_from_and_to()
    {
        var current = await CurrentVersionAsync();
        var ruleId = "P-PC-" + Subjects.NewId();
        var next = WithRule(current + 1, ruleId);
        using var response = await SendAsync(HttpMethod.Put, CoreServer.OperatorToken, Change(next, "computers under review"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(current + 1, await CurrentVersionAsync());

        var decision = await server.Services.GetRequiredService<ICargoClearance>().AssessAsync(Subjects.Consignment(
            "PC-" + Subjects.NewId(), Subjects.Trader("PC Maker " + Subjects.NewId()), Subjects.Trader("PC Buyer " + Subjects.NewId()),
            server.Clock.GetUtcNow(), hsCode: "84713000", description: "LAPTOP COMPUTERS"));
        Assert.Equal(current + 1, decision.RuleSetVersion);
        Assert.Contains(decision.Reasons, r => r.RuleId == ruleId && r.Channel == ClearanceChannel.DocumentCheck && r.Matched == "HS code 84713000");

        using var changes = await SendAsync(HttpMethod.Get, CoreServer.AuditorToken, path: "/admin/clearance/rules/changes");
        var last = (await changes.Content.ReadFromJsonAsync<JsonArray>())![^1]!;
        Assert.Equal("test-operator", (string?)last["changedBy"]);
        Assert.Equal("computers under review", (string?)last["reason"]);
        Assert.Equal(current, (int?)last["oldVersion"]);
        Assert.Equal(current + 1, (int?)last["newVersion"]);
        Assert.Equal(server.Clock.GetUtcNow(), DateTimeOffset.Parse((string)last["at"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_invalid_change_is_refused_with_every_problem_and_nothing_changes()
    {
        var current = await CurrentVersionAsync();
        var changesBefore = server.Services.GetRequiredService<StoredRuleStore>().Changes.Count;
        var bad = WithRule(current + 1, "RANDOM") with { Seed = " " };
        using var response = await SendAsync(HttpMethod.Put, CoreServer.OperatorToken, Change(bad, ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["$.ruleSet.rules[5].id", "$.ruleSet.seed", "reason"], errors.Select(e => e.Key).Order().ToArray());
        Assert.Equal("'RANDOM' is reserved for random selection", (string?)errors["$.ruleSet.rules[5].id"]![0]);
        Assert.Equal(current, await CurrentVersionAsync());
        Assert.Equal(changesBefore, server.Services.GetRequiredService<StoredRuleStore>().Changes.Count);
    }

    [Fact]
    public async Task A_change_that_does_not_raise_the_version_is_refused_and_nothing_changes()
    {
        var current = await CurrentVersionAsync();
        using var response = await SendAsync(HttpMethod.Post, CoreServer.OperatorToken, Change(WithRule(current, "P-SAME"), "same version"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal($"must be higher than the current version {current}", (string?)Assert.Single(errors).Value![0]);
        Assert.Equal("$.ruleSet.version", Assert.Single(errors).Key);
        Assert.Equal(current, await CurrentVersionAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_a_problem()
    {
        using var response = await SendAsync(HttpMethod.Put, CoreServer.OperatorToken, "{not json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_auditor_reads_the_rules_but_may_not_change_them()
    {
        var current = await CurrentVersionAsync();
        using var read = await SendAsync(HttpMethod.Get, CoreServer.AuditorToken);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var change = await SendAsync(HttpMethod.Put, CoreServer.AuditorToken, Change(WithRule(current + 1, "P-AUDIT"), "not allowed"));
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.Equal(current, await CurrentVersionAsync());
    }

    [Theory]
    [InlineData("GET", "/admin/clearance/rules")]
    [InlineData("GET", "/admin/clearance/rules/changes")]
    [InlineData("PUT", "/admin/clearance/rules")]
    [InlineData("GET", "/admin/clearance/hit-rates")]
    [InlineData("GET", "/admin/clearance/decisions/consignment/X1")]
    [InlineData("POST", "/admin/clearance/examinations")]
    public async Task Without_a_token_the_admin_endpoints_answer_401(string method, string path)
    {
        using var response = await SendAsync(new HttpMethod(method), null, method == "GET" ? null : "{}", path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Another_instance_on_the_same_database_picks_up_a_change_on_its_next_refresh()
    {
        await using var other = new SecondHost(server);
        await other.StartAsync();
        var otherStore = other.Services.GetRequiredService<StoredRuleStore>();
        var current = await CurrentVersionAsync();
        Assert.Equal(current, otherStore.Current.Version);

        using var response = await SendAsync(HttpMethod.Put, CoreServer.OperatorToken, Change(WithRule(current + 1, "P-OTHER"), "seen elsewhere"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(current, otherStore.Current.Version); // its snapshot holds until its poller (or an explicit refresh) looks

        await otherStore.RefreshAsync();
        Assert.Equal(current + 1, otherStore.Current.Version);
        Assert.Equal(("test-operator", "seen elsewhere"), (otherStore.Changes[^1].ChangedBy, otherStore.Changes[^1].Reason));
    }

    private async Task<int> CurrentVersionAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, CoreServer.OperatorToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["version"]!;
    }

    private static RiskRuleSet WithRule(int version, string ruleId)
    {
        var set = DefaultRuleSet.Load();
        var rule = new RiskRule
        {
            Id = ruleId, Description = "Computers", Kind = RiskRuleKind.Profile, Channel = ClearanceChannel.DocumentCheck, Weight = 2m,
            Profile = new ProfileCriteria { HsPrefixes = ["8471"] },
        };
        return set with { Version = version, Rules = [.. set.Rules, rule] };
    }

    private static string Change(RiskRuleSet set, string reason) =>
        new JsonObject { ["reason"] = reason, ["ruleSet"] = JsonNode.Parse(RiskRuleSetJson.Write(set)) }.ToJsonString();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string? token, string? body = null, string path = "/admin/clearance/rules")
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await server.Http.SendAsync(request);
    }
}

public sealed class SqliteClearanceRuleTests(SqliteClearanceServer server) : ClearanceRuleTests(server), IClassFixture<SqliteClearanceServer>;

public sealed class PostgresClearanceRuleTests(PostgresClearanceServer server) : ClearanceRuleTests(server), IClassFixture<PostgresClearanceServer>;
