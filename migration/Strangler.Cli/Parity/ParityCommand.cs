using System.CommandLine;
using System.Globalization;
using Strangler.Cli.Stages;
using Strangler.Contracts.CodeLists;
using Strangler.Parity.Reports.Chain;
using Strangler.Parity.Screenshots;
using Strangler.Parity.Rules;
using Strangler.Parity.Stores;
using Strangler.Parity.Stores.Rules;
using Strangler.Contracts.Time;

namespace Strangler.Cli.Parity;

/// <summary>
/// <c>strangler parity report|verify|screenshot</c>: auditors' parity reports from the facade's comparison records,
/// appended to a hash-chained folder of reports, and checked for tampering.
/// </summary>
internal static class ParityCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment, TimeProvider clock)
    {
        var call = new AdminCall(output, error, environment);
        return new Command("parity", "Parity for auditors: reports from the facade's comparisons and the stores, verify a chain of reports, compare the stores, export recorded traffic as a replay corpus.")
        {
            Report(call, output, error, clock), Verify(call, output, error), Screenshot(output, error), DataCommand.Create(output, error, clock),
            Export.ExportCommand.Create(call, output, error),
        };
    }

    private static Command Report(AdminCall call, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var unit = new Argument<string>("unit") { Description = "road, air, sea, river or rail." };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Start of the period (default: 24 hours ago)." };
        var to = new Option<DateTimeOffset?>("--to") { Description = "End of the period, exclusive (default: now)." };
        var chain = new Option<DirectoryInfo>("--out") { Description = "The chain folder the report is appended to.", Required = true };
        var legacy = new Option<string?>("--legacy") { Description = "With --core: also compare the stores (as `parity data`) over the period's Hong Kong days and add the run." };
        var core = new Option<string?>("--core") { Description = "The new core's store for the data-parity run: sqlite:<file> or postgres:<connection string>." };
        var report = call.With(new Command("report", "Classify the unit's comparisons with the declared rules and append an HTML/CSV/JSON report with its manifest to the chain.")
        {
            unit, from, to, chain, legacy, core,
        });
        report.SetAction(result => call.Run(result, async session =>
        {
            if (!TransportModes.TryParseUnit(result.GetValue(unit), out var cutoverUnit))
            {
                error.WriteLine("The unit is one of road, air, sea, river, rail.");
                return StranglerCommand.UsageError;
            }

            var now = clock.GetUtcNow();
            var end = result.GetValue(to) ?? now;
            var start = result.GetValue(from) ?? end.AddHours(-24);
            try
            {
                var input = await ParityReportBuilder.BuildAsync(session.Client, cutoverUnit, start, end, now, ParityRuleSet.Declared, CancellationToken.None);
                if (result.GetValue(legacy) is not null || result.GetValue(core) is not null)
                {
                    if (DataCommand.Stores(result.GetValue(legacy), result.GetValue(core), out var legacyStores, out var coreDatabase, out var problem) is false)
                    {
                        error.WriteLine(problem);
                        return StranglerCommand.UsageError;
                    }

                    using (coreDatabase)
                    {
                        var (firstDay, lastDay) = (HongKongTime.Date(start), HongKongTime.Date(end.AddTicks(-1)));
                        var parity = await new StoreParity(StoreRuleSet.Declared).CompareAsync(legacyStores!, coreDatabase!, cutoverUnit, firstDay, lastDay);
                        input = input with { DataParity = [DataParityFindings.Run(parity, now)] };
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"Store parity {firstDay:yyyy-MM-dd} to {lastDay:yyyy-MM-dd}: {parity.LegacyRecords} legacy, {parity.CoreRecords} core records, {parity.Differences.Count} differences, {parity.Quarantined.Count} quarantined."));
                    }
                }

                var written = ReportChain.Append(result.GetValue(chain)!.FullName, input);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Report of {cutoverUnit.Name()} for {start:yyyy-MM-dd HH:mm} to {end:yyyy-MM-dd HH:mm}: {input.Findings.Count} comparisons, " +
                    $"{input.Findings.Count(f => f.Class == Strangler.Parity.Reports.FindingClass.Mismatch)} mismatches."));
                output.WriteLine($"Written to {written.Folder}");
                output.WriteLine($"Manifest SHA-256 {written.ManifestSha256} (keep it outside the chain: `strangler parity verify --head` checks it)");
                return StranglerCommand.Ok;
            }
            catch (ParityReportException e)
            {
                error.WriteLine(e.Message);
                return StranglerCommand.Invalid;
            }
            catch (System.Data.Common.DbException e)
            {
                error.WriteLine($"Cannot read a store: {e.Message}");
                return StranglerCommand.Invalid;
            }
            catch (IOException e)
            {
                error.WriteLine($"Cannot write the report: {e.Message}");
                return StranglerCommand.Invalid;
            }
            catch (InvalidOperationException e)
            {
                error.WriteLine(e.Message); // the chain does not verify: it is not extended
                return StranglerCommand.Invalid;
            }
        }));
        return report;
    }

    private static Command Verify(AdminCall call, TextWriter output, TextWriter error)
    {
        var chain = new Argument<DirectoryInfo>("chain") { Description = "The chain folder of reports." };
        var head = new Option<string?>("--head") { Description = "The newest manifest's SHA-256 kept outside the chain." };
        var withLog = new Option<bool>("--with-change-log")
        {
            Description = "Also check, against the facade's change log, that the change-log entry each report was made after is still there unchanged.",
        };
        var verify = call.With(new Command("verify", "Recompute every file hash, manifest seal and link of a chain of reports; exit 1 names what was altered.")
        {
            chain, head, withLog,
        });
        verify.SetAction(result =>
        {
            var folder = result.GetValue(chain)!.FullName;
            if (!result.GetValue(withLog))
            {
                var verification = ReportChain.Verify(folder, result.GetValue(head));
                output.WriteLine(verification.ToText());
                return verification.ExitCode;
            }

            return call.Run(result, async session =>
            {
                try
                {
                    var log = (await ParityReportBuilder.ChangeLogAsync(session.Client, CancellationToken.None))
                        .Select(c => new Strangler.Parity.Reports.ChangeLogEntry(c.Seq, c.At, c.Actor, c.From, c.To, c.Reason, c.Hash))
                        .ToList();
                    var verification = ReportChain.Verify(folder, log, result.GetValue(head));
                    output.WriteLine(verification.ToText());
                    output.WriteLine($"Checked against the change log ({log.Count} entries).");
                    return verification.ExitCode;
                }
                catch (ParityReportException e)
                {
                    error.WriteLine(e.Message);
                    return StranglerCommand.Invalid;
                }
            });
        });
        return verify;
    }

    private static Command Screenshot(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("report") { Description = "One report's folder (holding report.html)." };
        var png = new Argument<FileInfo>("png") { Description = "Where to save the screenshot." };
        var screenshot = new Command("screenshot", "Render a report in headless Chromium (the Debian package) and save a full-page PNG.") { folder, png };
        screenshot.SetAction(result =>
        {
            try
            {
                Task.Run(() => ReportScreenshot.SaveAsync(result.GetValue(folder)!.FullName, result.GetValue(png)!.FullName)).GetAwaiter().GetResult();
                output.WriteLine($"Saved {result.GetValue(png)!.FullName}");
                return StranglerCommand.Ok;
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or Microsoft.Playwright.PlaywrightException)
            {
                error.WriteLine($"Cannot take the screenshot: {e.Message}");
                return StranglerCommand.Invalid;
            }
        });
        return screenshot;
    }
}
