using Microsoft.Extensions.Options;
using Strangler.Facade.ControlPlane;
using Strangler.Parity.Reports;
using Strangler.Parity.Reports.Chain;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Facade.Admin;

/// <summary>
/// The chain of parity reports (<c>Facade:ReportsFolder</c>, written by <c>strangler parity report</c>) for auditors:
/// the list with the chain's verification, and each report's files. Read role; nothing here writes.
/// </summary>
internal static class ReportEndpoints
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        [ReportFiles.Html] = "text/html; charset=utf-8",
        [ReportFiles.Csv] = "text/csv; charset=utf-8",
        [ReportFiles.Json] = "application/json; charset=utf-8",
        [ReportFiles.DataCsv] = "text/csv; charset=utf-8",
        [ReportFiles.Manifest] = "application/json; charset=utf-8",
    };

    public static void MapReportEndpoints(this WebApplication app)
    {
        var reports = app.MapGroup("/admin/v1/reports").RequireAuthorization(AdminRoles.ReadPolicy);

        reports.MapGet("", async (IOptions<FacadeOptions> options, StageStore stages, CancellationToken ct) =>
        {
            if (Folder(options) is not { } folder)
            {
                return Results.Problem(statusCode: 404, title: "No report folder", detail: "Facade:ReportsFolder is not configured.");
            }

            // Verified against the live change log too: each report names the change-log entry it was made after.
            var verification = Directory.Exists(folder) ? ReportChain.Verify(folder, await ChangeLogAsync(stages, ct)) : null;
            var names = Directory.Exists(folder)
                ? Directory.GetDirectories(folder).Select(d => Path.GetFileName(d)).Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal).ToList()
                : [];
            return Results.Ok(new
            {
                intact = verification?.IsIntact ?? true,
                headManifestSha256 = verification?.HeadManifestSha256,
                problems = verification?.Problems ?? [],
                reports = names,
            });
        });

        reports.MapGet("/{report}/{file}", (string report, string file, IOptions<FacadeOptions> options, HttpContext context) =>
        {
            // Only a report folder directly in the chain and one of its files: no other path can be named.
            if (Folder(options) is not { } folder || !Files.TryGetValue(file, out var contentType) || report.StartsWith('.') ||
                report.IndexOfAny(['/', '\\']) >= 0 || report is ".." || !Directory.Exists(Path.Combine(folder, report)) ||
                !File.Exists(Path.Combine(folder, report, file)))
            {
                return Results.Problem(statusCode: 404, title: "No such report file", detail: "GET /admin/v1/reports lists the reports.");
            }

            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
            return Results.File(Path.Combine(folder, report, file), contentType);
        });
    }

    private static async Task<IReadOnlyList<Strangler.Parity.Reports.ChangeLogEntry>> ChangeLogAsync(StageStore stages, CancellationToken ct)
    {
        var entries = new List<Strangler.Parity.Reports.ChangeLogEntry>();
        for (long after = 0; ;)
        {
            var page = await stages.ChangesAsync(after, 1000, ct);
            if (page.Count == 0)
            {
                return entries;
            }

            entries.AddRange(page.Select(e => new Strangler.Parity.Reports.ChangeLogEntry(e.Seq, e.At, e.Actor, e.From, e.To, e.Reason, e.Hash)));
            after = page[^1].Seq;
        }
    }

    private static string? Folder(IOptions<FacadeOptions> options) =>
        string.IsNullOrWhiteSpace(options.Value.ReportsFolder) ? null : Path.GetFullPath(options.Value.ReportsFolder);
}
