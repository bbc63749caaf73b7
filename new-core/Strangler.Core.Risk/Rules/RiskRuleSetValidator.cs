using Strangler.Contracts.CodeLists;

namespace Strangler.Core.Risk.Rules;

/// <summary>Checks a rule set as a whole and lists every problem, so a bad set is refused before any of it is used.</summary>
public static class RiskRuleSetValidator
{
    public static IReadOnlyList<RuleSetProblem> Validate(RiskRuleSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var problems = new List<RuleSetProblem>();
        void Add(string where, string text) => problems.Add(new RuleSetProblem(where, text));

        if (set.Version < 1)
        {
            Add("$.version", "must be 1 or more");
        }

        if (string.IsNullOrWhiteSpace(set.Seed))
        {
            Add("$.seed", "must not be empty");
        }

        if (set.RandomSelection.MinimumRate is < 0m or > 1m)
        {
            Add("$.randomSelection.minimumRate", "must be between 0 and 1");
        }

        CheckChannel(set.RandomSelection.Channel, "$.randomSelection.channel", Add);
        if (set.ChannelTargets is { } targets)
        {
            if (targets.DocumentCheck is < 0m or > 1m)
            {
                Add("$.channelTargets.documentCheck", "must be between 0 and 1");
            }

            if (targets.PhysicalExamination is < 0m or > 1m)
            {
                Add("$.channelTargets.physicalExamination", "must be between 0 and 1");
            }

            if (targets.DocumentCheck + targets.PhysicalExamination > 1m)
            {
                Add("$.channelTargets", "the targets must add up to 1 or less");
            }
        }

        ValidateWatchLists(set.WatchLists, Add);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Rules.Count; i++)
        {
            var rule = set.Rules[i];
            var at = $"$.rules[{i}]";
            if (string.IsNullOrWhiteSpace(rule.Id))
            {
                Add($"{at}.id", "must not be empty");
            }
            else if (rule.Id == Assessment.RiskAssessor.RandomSelectionId)
            {
                Add($"{at}.id", $"'{rule.Id}' is reserved for random selection");
            }
            else if (!ids.Add(rule.Id))
            {
                Add($"{at}.id", $"duplicate rule id '{rule.Id}'");
            }

            RiskRuleValidator.Validate(rule, at, set, Add);
        }

        return problems;
    }

    internal static void CheckChannel(ClearanceChannel channel, string where, Action<string, string> add)
    {
        if (!Enum.IsDefined(channel))
        {
            add(where, "unknown channel");
        }
    }

    private static void ValidateWatchLists(IReadOnlyList<WatchList> lists, Action<string, string> add)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Count; i++)
        {
            var list = lists[i];
            var at = $"$.watchLists[{i}]";
            if (string.IsNullOrWhiteSpace(list.Name))
            {
                add($"{at}.name", "must not be empty");
            }
            else if (!names.Add(list.Name))
            {
                add($"{at}.name", $"duplicate watch-list name '{list.Name}'");
            }

            for (var j = 0; j < list.Entries.Count; j++)
            {
                var entry = list.Entries[j];
                var entryAt = $"{at}.entries[{j}]";
                if (entry.BrNumber is null && string.IsNullOrWhiteSpace(entry.Name))
                {
                    add(entryAt, "needs a brNumber or a name");
                }

                if (entry.BrNumber is not null && !CodeFormat.IsBrNumber(entry.BrNumber))
                {
                    add($"{entryAt}.brNumber", "must be 8 digits");
                }

                if (entry.Country is not null && !CodeFormat.IsCountry(entry.Country))
                {
                    add($"{entryAt}.country", "must be an ISO 3166 alpha-2 code in capitals");
                }
            }
        }
    }
}
