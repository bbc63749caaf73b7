using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Cli.History;

/// <summary>
/// <c>strangler history generate</c>: fills the legacy stand-ins' stores with a generated history through
/// their own write path; <c>strangler history clients</c>: prints the client keys the stand-ins need for it.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var options = new HistoryOptions();
        var generate = new Command("generate", "Generate a deterministic legacy history into the stand-ins' stores (SQLite or PostgreSQL).");
        foreach (var option in options.Planning.Append(options.Store).Append(options.Only))
        {
            generate.Options.Add(option);
        }

        generate.SetAction(result =>
        {
            if (!options.TryPlan(result, clock, out var plan, out var problem) || !options.TryStore(result, out var store, out problem) ||
                !options.TryInterfaces(result, out var interfaces, out problem))
            {
                error.WriteLine(problem);
                return StranglerCommand.UsageError;
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            if (!console.Profile.Capabilities.Interactive)
            {
                console.Profile.Width = Math.Max(console.Profile.Width, 140); // tables in logs and CI output keep their columns
            }

            return HistoryRun.RunAsync(console, plan!, store!, interfaces, CancellationToken.None).GetAwaiter().GetResult();
        });

        var clients = new Command("clients", "Print the Clients configuration (sample keys, then the history's keys) the stand-ins need for a history of these options, as JSON.");
        foreach (var option in options.Planning)
        {
            clients.Options.Add(option);
        }

        clients.SetAction(result =>
        {
            if (!options.TryPlan(result, clock, out var plan, out var problem))
            {
                error.WriteLine(problem);
                return StranglerCommand.UsageError;
            }

            output.WriteLine(ClientsJson(new HistoryGenerator(plan!)));
            return StranglerCommand.Ok;
        });

        return new Command("history", "Generate legacy history for the stand-ins.") { generate, clients };
    }

    // { "Clients": [ { "Key": …, "Roles": [...] … } ] }, ready for an appsettings file.
    private static string ClientsJson(HistoryGenerator generator)
    {
        var entries = StandInKeys.Configuration(generator.Clients);
        var keys = new List<Dictionary<string, object>>();
        for (var i = 0; entries.ContainsKey($"Clients:{i}:Key"); i++)
        {
            var prefix = $"Clients:{i}:";
            var key = new Dictionary<string, object> { ["Key"] = entries[prefix + "Key"]! };
            foreach (var list in new[] { "Roles", "BrNumbers", "CarrierCodes", "AirWaybillPrefixes" })
            {
                key[list] = entries.Where(e => e.Key.StartsWith(prefix + list + ":", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(e => int.Parse(e.Key[(prefix.Length + list.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture))
                    .Select(e => e.Value!).ToList();
            }

            if (entries.TryGetValue(prefix + "EdifactPartyId", out var party) && party is not null)
            {
                key["EdifactPartyId"] = party;
            }

            keys.Add(key);
        }

        return JsonSerializer.Serialize(new Dictionary<string, object> { ["Clients"] = keys }, new JsonSerializerOptions { WriteIndented = true });
    }
}
