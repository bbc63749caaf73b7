using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests;

/// <summary>The control plane: roles, bad input, gates and overrides, the hash-chained change log, replicas.</summary>
public abstract class ControlPlaneTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    [Fact]
    public async Task Admin_endpoints_need_a_token_and_only_an_operator_may_change_a_stage()
    {
        using var anonymous = stack.Facade.Admin(token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("admin/v1/stages")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("metrics")).StatusCode);
        using var auditor = stack.Facade.Admin(StranglerStack.AuditorToken);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("admin/v1/stages")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("admin/v1/changes/verify")).StatusCode);
        var before = await RevisionAsync();
        var refused = await auditor.PutAsJsonAsync("admin/v1/stages/rail", new { stage = "shadow", reason = "auditor tries a change" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, await RevisionAsync());
    }

    [Theory]
    [InlineData("ferry", """{"stage":"shadow","reason":"a valid reason"}""")]
    [InlineData("rail", """{"stage":"sideways","reason":"a valid reason"}""")]
    [InlineData("rail", """{"stage":"shadow"}""")]
    [InlineData("rail", """{"stage":"shadow","reason":"   "}""")]
    [InlineData("rail", """{"stage":"canary","reason":"a valid reason"}""")]
    [InlineData("rail", """{"stage":"canary","canaryPercent":100,"reason":"a valid reason"}""")]
    [InlineData("rail", """{"stage":"shadow","canaryPercent":5,"reason":"a valid reason"}""")]
    [InlineData("rail", """{"stage":""")]
    [InlineData("rail", """[1,2,3]""")]
    public async Task Bad_input_to_the_admin_api_is_a_problem_details_answer_and_changes_nothing(string unit, string body)
    {
        var before = await RevisionAsync();
        using var admin = stack.Facade.Admin();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await admin.PutAsync($"admin/v1/stages/{unit}", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await RevisionAsync());
    }

    [Fact]
    public async Task Moving_forward_past_shadow_needs_the_gates_or_a_recorded_override_and_rolling_back_needs_neither()
    {
        using var admin = stack.Facade.Admin();
        var toShadow = await admin.PutAsJsonAsync("admin/v1/stages/river", new { stage = "shadow", reason = "start mirroring river trade" });
        Assert.Equal(HttpStatusCode.OK, toShadow.StatusCode);

        // No comparisons for river: the canary gate fails and nothing changes.
        var before = await RevisionAsync();
        var gated = await admin.PutAsJsonAsync("admin/v1/stages/river", new { stage = "canary", canaryPercent = 10, reason = "try the canary" });
        Assert.Equal(HttpStatusCode.Conflict, gated.StatusCode);
        var problem = JsonDocument.Parse(await gated.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(problem.GetProperty("gates").GetProperty("checks").EnumerateArray(),
            c => c.GetProperty("name").GetString() == "comparisons" && !c.GetProperty("passed").GetBoolean());
        Assert.Equal(before, await RevisionAsync());

        var overridden = await admin.PutAsJsonAsync("admin/v1/stages/river", new { stage = "canary", canaryPercent = 10, reason = "sign-off ticket CHG-1", @override = true });
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        var back = await admin.PutAsJsonAsync("admin/v1/stages/river", new { stage = "legacy", reason = "roll back river" });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);

        var log = JsonDocument.Parse(await admin.GetStringAsync("admin/v1/changes?max=1000")).RootElement.EnumerateArray()
            .Where(e => e.GetProperty("unit").GetString() == "river").ToList();
        Assert.Equal(["legacy→shadow", "shadow→canary:10", "canary:10→legacy"],
            log.Select(e => $"{e.GetProperty("from").GetString()}→{e.GetProperty("to").GetString()}"));
        Assert.Equal([false, true, false], log.Select(e => e.GetProperty("override").GetBoolean()));
        Assert.Equal("test-operator", log[1].GetProperty("actor").GetString());
        Assert.Equal("sign-off ticket CHG-1", log[1].GetProperty("reason").GetString());
        Assert.Contains("comparisons", log[1].GetProperty("gateEvidence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_change_log_verifies_and_an_altered_entry_is_detected()
    {
        await stack.Facade.SetStageAsync("rail", "shadow");
        await stack.Facade.SetStageAsync("rail", "legacy");
        using var auditor = stack.Facade.Admin(StranglerStack.AuditorToken);
        var valid = JsonDocument.Parse(await auditor.GetStringAsync("admin/v1/changes/verify")).RootElement;
        Assert.True(valid.GetProperty("valid").GetBoolean());

        var database = stack.Facade.Services.GetRequiredService<ControlPlaneDatabase>();
        var seq = (await auditor.GetFromJsonAsync<JsonElement>("admin/v1/changes?max=1000")).EnumerateArray()
            .First(e => e.GetProperty("unit").GetString() == "rail").GetProperty("seq").GetInt64();
        string original;
        await using (var connection = await database.OpenAsync())
        {
            original = await connection.ExecuteScalarAsync<string>("SELECT reason FROM facade_change_log WHERE seq = @seq", new { seq }) ?? "";
            await connection.ExecuteAsync("UPDATE facade_change_log SET reason = 'nobody asked' WHERE seq = @seq", new { seq });
        }

        try
        {
            var broken = JsonDocument.Parse(await auditor.GetStringAsync("admin/v1/changes/verify")).RootElement;
            Assert.False(broken.GetProperty("valid").GetBoolean());
            Assert.Equal(seq, broken.GetProperty("brokenAt").GetInt64());
        }
        finally
        {
            await using var connection = await database.OpenAsync();
            await connection.ExecuteAsync("UPDATE facade_change_log SET reason = @original WHERE seq = @seq", new { original, seq });
        }
    }

    [Fact]
    public async Task Complete_is_final()
    {
        await stack.Facade.SetStageAsync("rail", "complete");
        using var admin = stack.Facade.Admin();
        var back = await admin.PutAsJsonAsync("admin/v1/stages/rail", new { stage = "live", reason = "try to go back" });
        Assert.Equal((HttpStatusCode)422, back.StatusCode);
    }

    [Fact]
    public async Task A_stage_change_made_on_one_replica_is_in_force_on_another_within_five_seconds()
    {
        var second = await stack.StartFacadeAsync();
        try
        {
            await stack.Facade.SetStageAsync("road", "legacy");
            await Eventually.Get(() => second.Admin(StranglerStack.AuditorToken).GetStringAsync("admin/v1/stages"),
                s => s.Contains("\"revision\":" + RevisionOf(stack.Facade), StringComparison.Ordinal), "the replica at the same revision", seconds: 5);
            var seen = stack.CoreGate.Seen;
            var revision = await stack.Facade.SetStageAsync("road", "live");
            var started = DateTime.UtcNow;
            await Eventually.Get(async () =>
            {
                var (_, answer) = await Road.LodgeAsync(second.Client("test-shipper"), stack.Clock.GetUtcNow(), "RP-" + Guid.NewGuid().ToString("N")[..12]);
                return answer;
            }, answer => Road.Ccrn(answer)[7] >= '5', "the replica routing road to the new core", seconds: 5);
            Assert.True(stack.CoreGate.Seen > seen);
            Assert.True(revision > 0 && DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
        }
        finally
        {
            await stack.Facade.SetStageAsync("road", "shadow");
            await stack.StopFacadeAsync(second);
        }
    }

    private async Task<long> RevisionAsync()
    {
        using var auditor = stack.Facade.Admin(StranglerStack.AuditorToken);
        return JsonDocument.Parse(await auditor.GetStringAsync("admin/v1/stages")).RootElement.GetProperty("revision").GetInt64();
    }

    private static long RevisionOf(FacadeInstance facade) =>
        facade.Services.GetRequiredService<SnapshotWatcher>().Current.Revision;
}

public sealed class SqliteControlPlaneTests(SqliteStack stack) : ControlPlaneTests<SqliteStack>(stack);

public sealed class PostgresControlPlaneTests(PostgresStack stack) : ControlPlaneTests<PostgresStack>(stack);
