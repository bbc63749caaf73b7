using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.Sinks;
using Strangler.Parity.Data;
using Strangler.Parity.Stores;
using Strangler.Parity.Stores.Rules;

namespace Strangler.Cli.Parity;

/// <summary>
/// <c>strangler parity data &lt;unit&gt; --day D --legacy … --core …</c>: store parity of one cut-over unit on demand —
/// the legacy stores read as canonical documents against the new core's store, differences listed down to the fields.
/// Exit 0 when reconciled, 1 when anything differs or was quarantined, 2 on a usage or connection problem.
/// </summary>
internal static class DataCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var unit = new Argument<string>("unit") { Description = "road, air, sea, river or rail." };
        var day = new Option<string>("--day") { Description = "The Hong Kong business day of the documents' originals, yyyy-MM-dd.", Required = true };
        var lastDay = new Option<string?>("--last-day") { Description = "The last day of a span (inclusive; default: --day)." };
        var legacy = new Option<string>("--legacy")
        {
            Description = "The legacy stores: sqlite:<folder> (gets.db, eman.db, rocars.db, accs.db) or postgres:<connection string>. Passwords in PGPASSWORD or ~/.pgpass.",
            Required = true,
        };
        var core = new Option<string>("--core") { Description = "The new core's store: sqlite:<file> or postgres:<connection string>.", Required = true };
        var show = new Option<int>("--show") { Description = "How many differences to list (default 20).", DefaultValueFactory = _ => 20 };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the whole result (every difference and field) as JSON to this file." };
        var command = new Command("data", "Compare the legacy stores with the new core's store for one unit and day on the canonical form: counts, range checksums, bisection, differing fields.")
        {
            unit, day, lastDay, legacy, core, show, json,
        };
        command.SetAction(result =>
        {
            if (!TransportModes.TryParseUnit(result.GetValue(unit), out var cutoverUnit))
            {
                error.WriteLine("The unit is one of road, air, sea, river, rail.");
                return StranglerCommand.UsageError;
            }

            if (!TryDay(result.GetValue(day), out var first) || !TryDay(result.GetValue(lastDay) ?? result.GetValue(day), out var last) || last < first)
            {
                error.WriteLine("--day and --last-day are dates yyyy-MM-dd, the last not before the first.");
                return StranglerCommand.UsageError;
            }

            if (!Stores(result.GetValue(legacy), result.GetValue(core), out var legacyStores, out var coreDatabase, out var problem))
            {
                error.WriteLine(problem);
                return StranglerCommand.UsageError;
            }

            using (coreDatabase)
            {
                StoreParityResult parity;
                try
                {
                    parity = Task.Run(() => new StoreParity(StoreRuleSet.Declared).CompareAsync(
                        legacyStores!, coreDatabase!, cutoverUnit, first, last)).GetAwaiter().GetResult();
                }
                catch (System.Data.Common.DbException e)
                {
                    error.WriteLine($"Cannot read a store: {e.Message}");
                    return StranglerCommand.UsageError;
                }

                Print(output, parity, result.GetValue(show));
                if (result.GetValue(json) is { } file)
                {
                    File.WriteAllText(file.FullName, JsonSerializer.Serialize(DataParityFindings.Run(parity, clock.GetUtcNow()), JsonOptions));
                    output.WriteLine($"Written to {file.FullName}");
                }

                return parity.Reconciled ? StranglerCommand.Ok : StranglerCommand.Invalid;
            }
        });
        return command;
    }

    /// <summary>The legacy stores and the core's store named by <c>--legacy</c> and <c>--core</c>, or the problem with them.</summary>
    public static bool Stores(
        string? legacy, string? core, out IReadOnlyList<LegacyStore>? legacyStores, out Strangler.Core.Store.Database.CoreDatabase? coreDatabase, out string? problem)
    {
        legacyStores = null;
        coreDatabase = null;
        if (!HistoryStore.TryParse(legacy, out var legacyStore, out problem))
        {
            problem = problem!.Replace("--store", "--legacy", StringComparison.Ordinal);
            return false;
        }

        if (legacyStore!.Provider == HistoryStore.Sqlite && !Directory.Exists(legacyStore.Location))
        {
            problem = $"--legacy: no such folder {legacyStore.Location}.";
            return false;
        }

        if (!StoreLocation.TryCore(core, out coreDatabase, out problem))
        {
            return false;
        }

        legacyStores = StoreLocation.Legacy(legacyStore);
        return true;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static void Print(TextWriter output, StoreParityResult parity, int show)
    {
        var days = parity.FirstDay == parity.LastDay ? $"{parity.FirstDay:yyyy-MM-dd}" : $"{parity.FirstDay:yyyy-MM-dd} to {parity.LastDay:yyyy-MM-dd}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Store parity of {parity.Unit?.Name() ?? "all units"}, {days}: legacy {parity.LegacyRecords} records, core {parity.CoreRecords} records, " +
            $"{parity.Engine.Ranges.Count} ranges compared in {parity.Elapsed.TotalSeconds:0.000} s."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"missing {parity.Count(DataDifferenceKind.Missing)}, extra {parity.Count(DataDifferenceKind.Extra)}, " +
            $"differing {parity.Count(DataDifferenceKind.Differing)}, duplicate {parity.Count(DataDifferenceKind.Duplicate)}, quarantined {parity.Quarantined.Count}"));
        foreach (var d in parity.Differences.Take(show))
        {
            var duplicate = d.DuplicateOf is null ? "" : $" (a copy of {d.DuplicateOf})";
            output.WriteLine($"  {d.Difference.ToString().ToLowerInvariant(),-9} {d.Key} {d.Kind}{duplicate}");
            foreach (var f in d.Fields.Take(10))
            {
                output.WriteLine($"      {f.Path}: legacy {f.Legacy ?? "(absent)"} | core {f.Core ?? "(absent)"}");
            }
        }

        foreach (var q in parity.Quarantined.Take(show))
        {
            output.WriteLine($"  quarantined {q.Interface} {q.LegacyKey}: {q.Reason}");
        }

        output.WriteLine(parity.Reconciled ? "Reconciled: the stores agree." : "NOT reconciled.");
    }
}
