using System.CommandLine;
using System.Globalization;
using Strangler.Contracts.Time;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Cli.History;

/// <summary>The options of <c>strangler history</c> and how they become a plan, a store and the interfaces to write.</summary>
internal sealed class HistoryOptions
{
    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the history: the same seed gives the same history.", DefaultValueFactory = _ => 1 };

    public Option<string> Scale { get; } = new("--scale")
    {
        Description = "Preset size: small (tests, hundreds of documents), medium (measurements), large (millions, benchmarks).",
        DefaultValueFactory = _ => "small",
    };

    public Option<int?> Days { get; } = new("--days") { Description = "Days of crossings, arrivals and departures (default: the scale's)." };

    public Option<string?> FirstDay { get; } = new("--first-day") { Description = "First day, YYYY-MM-DD (default: so that the history ends yesterday, Hong Kong time)." };

    public Option<int?> Road { get; } = new("--road") { Description = "Road consignments per day (overrides the scale)." };

    public Option<int?> Air { get; } = new("--air") { Description = "Air consignments (air waybills) per day (overrides the scale)." };

    public Option<int?> Sea { get; } = new("--sea") { Description = "Sea consignments (B/Ls) per day (overrides the scale)." };

    public Option<int?> River { get; } = new("--river") { Description = "River trade consignments per day (overrides the scale)." };

    public Option<int?> Rail { get; } = new("--rail") { Description = "Rail consignments per day (overrides the scale)." };

    public Option<string> Store { get; } = new("--store")
    {
        Description = "sqlite:<folder> (one file per stand-in: gets.db, eman.db, rocars.db, accs.db) or postgres:<Npgsql connection string>.",
        Required = true,
    };

    public Option<string?> Only { get; } = new("--only")
    {
        Description = "Interfaces to write, comma-separated (gets,eman,rocars,accs; default all). The others are answered without a store so links stay right.",
    };

    public IEnumerable<Option> Planning => [Seed, Scale, Days, FirstDay, Road, Air, Sea, River, Rail];

    public bool TryPlan(ParseResult result, TimeProvider clock, out HistoryPlan? plan, out string? problem)
    {
        plan = null;
        if (!HistoryScales.TryParse(result.GetValue(Scale), out var scale))
        {
            problem = "--scale must be small, medium or large.";
            return false;
        }

        var days = result.GetValue(Days) ?? scale.Days();
        DateOnly firstDay;
        var firstDayText = result.GetValue(FirstDay);
        if (firstDayText is null)
        {
            firstDay = HongKongTime.Date(clock.GetUtcNow()).AddDays(-days);
        }
        else if (!DateOnly.TryParseExact(firstDayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay))
        {
            problem = $"--first-day: '{firstDayText}' is not a date YYYY-MM-DD.";
            return false;
        }

        var preset = scale.Volumes();
        var volumes = new ModeVolumes(
            result.GetValue(Road) ?? preset.Road, result.GetValue(Air) ?? preset.Air, result.GetValue(Sea) ?? preset.Sea,
            result.GetValue(River) ?? preset.River, result.GetValue(Rail) ?? preset.Rail);
        plan = HistoryPlan.For(scale, result.GetValue(Seed), firstDay, days) with { Volumes = volumes };
        problem = plan.Problems().FirstOrDefault();
        return problem is null;
    }

    public bool TryStore(ParseResult result, out HistoryStore? store, out string? problem) =>
        HistoryStore.TryParse(result.GetValue(Store), out store, out problem);

    public bool TryInterfaces(ParseResult result, out IReadOnlyList<HistoryInterface> interfaces, out string? problem)
    {
        problem = null;
        var text = result.GetValue(Only);
        if (string.IsNullOrWhiteSpace(text))
        {
            interfaces = HistoryInterfaces.All;
            return true;
        }

        var list = new List<HistoryInterface>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!HistoryInterfaces.TryParse(name, out var value))
            {
                problem = $"--only: '{name}' is not one of gets, eman, rocars, accs.";
                interfaces = [];
                return false;
            }

            if (!list.Contains(value))
            {
                list.Add(value);
            }
        }

        interfaces = list;
        return true;
    }
}
