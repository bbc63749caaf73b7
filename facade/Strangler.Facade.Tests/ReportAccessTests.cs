using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Facade.ControlPlane;
using System.Text.Json;
using Strangler.Contracts.CodeLists;
using Strangler.Facade.Testing;
using Strangler.Parity.Reports;
using Strangler.Parity.Reports.Chain;

namespace Strangler.Facade.Tests;

/// <summary>Auditors read the chain of parity reports through the admin API, and see when it was altered.</summary>
public sealed class ReportAccessTests(SqliteStack stack) : IClassFixture<SqliteStack>
{
    [Fact]
    public async Task An_auditor_lists_the_reports_reads_their_files_and_sees_a_tampered_chain_as_not_intact()
    {
        var folder = Path.Combine(Path.GetTempPath(), "facade-reports-" + Guid.NewGuid().ToString("N"));
        var now = stack.Clock.GetUtcNow();
        var finding = new ParityFinding("1", now, "rocars", "AciSubmission", FindingClass.Mismatch,
            [new FieldDifference("AciResponse/Status", "ACCEPTED", "REJECTED")], 12.5, 14.0);
        var written = ReportChain.Append(folder, new ParityReportInput(CutoverUnit.Road, now.AddDays(-1), now, now, [finding], [], []));
        var facade = await stack.StartFacadeAsync(new Dictionary<string, string?> { ["Facade:ReportsFolder"] = folder });
        try
        {
            using var auditor = facade.Admin(StranglerStack.AuditorToken);
            var list = JsonDocument.Parse(await auditor.GetStringAsync("admin/v1/reports")).RootElement;
            Assert.True(list.GetProperty("intact").GetBoolean());
            Assert.Equal(written.ManifestSha256, list.GetProperty("headManifestSha256").GetString());
            var name = Assert.Single(list.GetProperty("reports").EnumerateArray()).GetString()!;

            using var html = await auditor.GetAsync($"admin/v1/reports/{name}/report.html");
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync($"admin/v1/reports/{name}/..%2F..%2Fetc%2Fpasswd")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync("admin/v1/reports/..%2F/report.html")).StatusCode);
            using var anonymous = facade.Admin(token: null);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"admin/v1/reports/{name}/report.html")).StatusCode);

            var csv = Path.Combine(folder, name, ReportFiles.Csv);
            File.AppendAllText(csv, "1,extra row\r\n");
            var broken = JsonDocument.Parse(await auditor.GetStringAsync("admin/v1/reports")).RootElement;
            Assert.False(broken.GetProperty("intact").GetBoolean());
            Assert.Contains("findings.csv", broken.GetProperty("problems").ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await stack.StopFacadeAsync(facade);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_change_log_entry_rewritten_after_a_report_was_made_shows_the_chain_as_not_intact()
    {
        await stack.Facade.SetStageAsync("river", "shadow");
        await stack.Facade.SetStageAsync("river", "legacy");
        using var auditor = stack.Facade.Admin(StranglerStack.AuditorToken);
        var head = (await auditor.GetFromJsonAsync<JsonElement>("admin/v1/changes?max=1000")).EnumerateArray().Last();
        var (seq, hash) = (head.GetProperty("seq").GetInt64(), head.GetProperty("hash").GetString()!);
        var folder = Path.Combine(Path.GetTempPath(), "facade-reports-" + Guid.NewGuid().ToString("N"));
        var now = stack.Clock.GetUtcNow();
        ReportChain.Append(folder, new ParityReportInput(CutoverUnit.River, now.AddDays(-1), now, now, [], [], []) { ChangeLogHead = new ChangeLogHead(seq, hash) });
        var facade = await stack.StartFacadeAsync(new Dictionary<string, string?> { ["Facade:ReportsFolder"] = folder });
        var database = facade.Services.GetRequiredService<ControlPlaneDatabase>();
        try
        {
            using var reader = facade.Admin(StranglerStack.AuditorToken);
            Assert.True(JsonDocument.Parse(await reader.GetStringAsync("admin/v1/reports")).RootElement.GetProperty("intact").GetBoolean());

            // Whoever rewrites an entry must give it a new hash (or break the log's own chain): the report still names the old one.
            await using (var connection = await database.OpenAsync())
            {
                await connection.ExecuteAsync("UPDATE facade_change_log SET hash = @forged WHERE seq = @seq", new { forged = new string('f', 64), seq });
            }

            var broken = JsonDocument.Parse(await reader.GetStringAsync("admin/v1/reports")).RootElement;
            Assert.False(broken.GetProperty("intact").GetBoolean());
            Assert.Contains($"change-log entry {seq} differs", broken.GetProperty("problems").ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await using (var connection = await database.OpenAsync())
            {
                await connection.ExecuteAsync("UPDATE facade_change_log SET hash = @hash WHERE seq = @seq", new { hash, seq });
            }

            await stack.StopFacadeAsync(facade);
            Directory.Delete(folder, recursive: true);
        }
    }
}
