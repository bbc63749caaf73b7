using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Strangler.Cli.Tests.Stages;

/// <summary>
/// <c>strangler stage</c> against a real facade. The tests share one facade, so each test that changes a stage owns
/// one cut-over unit (road, air, sea, river, rail) and nothing depends on test order.
/// </summary>
public sealed class StageCommandTests(FacadeFixture facade) : IClassFixture<FacadeFixture>
{
    private const string Operator = FacadeFixture.OperatorToken;
    private const string Auditor = FacadeFixture.AuditorToken;

    [Fact]
    public void List_prints_every_unit_with_its_stage_and_the_revision()
    {
        var run = facade.Run(Auditor, "stage", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Routing revision ", run.Output);
        Assert.Contains("taken 2026-11-26", run.Output);
        foreach (var unit in new[] { "road", "air", "sea", "river", "rail" })
        {
            Assert.Matches($@"(?m)^\s*{unit}\s+(legacy|shadow|canary|live|complete)\b", run.Output);
        }
    }

    [Fact]
    public void List_with_json_prints_the_api_answer_as_is()
    {
        var run = facade.Run(Auditor, "stage", "list", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("revision").GetInt64() >= 1);
        Assert.Equal(["air", "rail", "river", "road", "sea"],
            json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_operator_moves_road_to_shadow_and_list_and_log_show_it()
    {
        var set = facade.Run(Operator, "stage", "set", "road", "shadow", "--reason", "start mirroring road cargo");

        Assert.Equal(0, set.ExitCode);
        Assert.Contains("Applied: road legacy -> shadow", set.Output);
        Assert.Contains("by test-operator (operator)", set.Output);
        Assert.Contains("none for this move", set.Output);
        Assert.Equal("shadow", StageOf("road"));

        var log = facade.Run(Auditor, "stage", "log", "--json");
        Assert.Equal(0, log.ExitCode);
        var entry = Entries(log.Output).Single(e => e.GetProperty("unit").GetString() == "road");
        Assert.Equal("test-operator", entry.GetProperty("actor").GetString());
        Assert.Equal("start mirroring road cargo", entry.GetProperty("reason").GetString());
        Assert.Equal("legacy", entry.GetProperty("from").GetString());
        Assert.Equal("shadow", entry.GetProperty("to").GetString());
        Assert.False(entry.GetProperty("override").GetBoolean());

        var table = facade.Run(Auditor, "stage", "log");
        Assert.Matches(@"road\s+legacy\s+shadow\s+test-operator \(operator\)", table.Output);
        Assert.Contains("start mirroring road cargo", table.Output);
    }

    [Fact]
    public void An_auditor_cannot_change_a_stage_and_nothing_changes()
    {
        var run = facade.Run(Auditor, "stage", "set", "sea", "shadow", "--reason", "auditors may not do this");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("403 Forbidden", run.Error);
        Assert.Equal("legacy", StageOf("sea"));
        Assert.DoesNotContain(Entries(facade.Run(Auditor, "stage", "log", "--json").Output), e => e.GetProperty("unit").GetString() == "sea");
    }

    [Fact]
    public void Canary_without_a_percentage_is_a_400_with_its_title_and_detail()
    {
        var run = facade.Run(Operator, "stage", "set", "river", "canary", "--reason", "no percentage given");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("400 Canary percentage: canaryPercent is 1 to 99 with stage canary, and absent otherwise.", run.Error);
        Assert.Equal("legacy", StageOf("river"));
    }

    [Fact]
    public void A_moved_revision_is_a_409_naming_the_current_revision()
    {
        var run = facade.Run(Operator, "stage", "set", "river", "shadow", "--reason", "stale view of the stages", "--expect-revision", "999");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("409 Revision changed", run.Error);
        Assert.Contains("Current routing revision: ", run.Error);
        Assert.Equal("legacy", StageOf("river"));
    }

    [Fact]
    public void Canary_without_comparisons_fails_its_gates_then_an_override_applies_and_is_logged()
    {
        var refused = facade.Run(Operator, "stage", "set", "air", "canary", "--percent", "10", "--reason", "try canary for air");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("409 Gate not passed", refused.Error);
        Assert.Contains("repeat with --override", refused.Error);
        Assert.Contains("NOT PASSED", refused.Output);
        Assert.Matches(@"comparisons\s+>= 100\s+0\s+FAIL", refused.Output);
        Assert.Matches(@"parity-rate\s+>= 99\.00%\s+0\.00% \(0 equal, 0 different\)\s+FAIL", refused.Output);
        Assert.Matches(@"core-error-rate\s+.*\s+pass", refused.Output);
        Assert.Equal("legacy", StageOf("air"));

        var overridden = facade.Run(Operator, "stage", "set", "air", "canary", "--percent", "10", "--reason", "ops sign-off INC-42", "--override");

        Assert.Equal(0, overridden.ExitCode);
        Assert.Contains("Applied: air legacy -> canary:10", overridden.Output);
        Assert.Contains("OVERRIDE", overridden.Output);
        var entry = Entries(facade.Run(Auditor, "stage", "log", "--json").Output).Single(e => e.GetProperty("unit").GetString() == "air");
        Assert.True(entry.GetProperty("override").GetBoolean());
        Assert.Equal("ops sign-off INC-42", entry.GetProperty("reason").GetString());
        Assert.Matches(@"air\s+legacy\s+canary:10\s+test-operator \(operator\)\s+OVERRIDE", facade.Run(Auditor, "stage", "log").Output);
    }

    [Fact]
    public void Gates_reports_each_check_and_exits_1_when_one_fails()
    {
        var run = facade.Run(Auditor, "stage", "gates", "rail", "--to", "live");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"Gates rail (legacy|shadow) -> live, evidence from 2026-11-25 12:00:00 \+08:00 to 2026-11-26 12:00:00 \+08:00: NOT PASSED", run.Output);
        Assert.Matches(@"comparisons\s+>= 100\s+0\s+FAIL", run.Output);
        Assert.Matches(@"backfill-reconciled\s+no unexplained difference\s+no migration worker configured\s+not evaluated", run.Output);
    }

    [Fact]
    public void Gates_of_a_move_to_shadow_pass_with_no_checks()
    {
        var run = facade.Run(Auditor, "stage", "gates", "rail", "--to", "shadow", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("checks").GetArrayLength());
    }

    [Fact]
    public void Verify_says_the_chain_is_intact()
    {
        Assert.Equal(0, facade.Run(Operator, "stage", "set", "rail", "shadow", "--reason", "so the chain has a link").ExitCode);

        var run = facade.Run(Auditor, "stage", "verify");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Change log intact: \d+ entries, head hash [0-9a-f]{64}\.", run.Output);
    }

    [Fact]
    public void Status_prints_each_unit_and_the_mirror_figures()
    {
        var run = facade.Run(Auditor, "stage", "status");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^\s*sea\s+legacy\s+0\s+0\s+0\s+0\s+0\.00%\s+0\.00%\s+0\.00%", run.Output);
        Assert.Contains("Mirror queue depth 0, overflowed 0; outbox pending 0.", run.Output);
    }

    [Fact]
    public void The_token_can_come_from_a_file()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, Auditor + "\n");
            var run = facade.Run(null, "stage", "list", "--token-file", file);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Routing revision", run.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_unknown_token_is_a_401_message()
    {
        var run = facade.Run("not-a-known-token", "stage", "list");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("401 Unauthorized", run.Error);
    }

    [Fact]
    public void A_missing_token_is_a_usage_error()
    {
        var run = facade.Run(null, "stage", "list");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No admin token: set STRANGLER_TOKEN or give --token-file <path>", run.Error);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("stage", "set", "road", "shadow")]
    [InlineData("stage", "set", "road")]
    [InlineData("stage", "gates", "road")]
    [InlineData("stage", "set", "road", "canary", "--percent", "ten", "--reason", "percent is not a number")]
    [InlineData("stage", "list", "--token", "secret")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var run = facade.Run(Operator, args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error);
    }

    [Fact]
    public void A_facade_that_is_not_running_is_reported_and_exits_1()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var run = CliRun.Start(["stage", "list", "--facade", $"http://127.0.0.1:{port}"], name => name == "STRANGLER_TOKEN" ? Operator : null,
            new FakeTimeProvider());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Cannot reach the facade at http://127.0.0.1:{port}/: connection refused", run.Error);
    }

    private string StageOf(string unit)
    {
        var run = facade.Run(Auditor, "stage", "list", "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == unit).GetProperty("stage").GetString()!;
    }

    private static List<JsonElement> Entries(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
}
