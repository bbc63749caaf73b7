using System.Globalization;
using Strangler.Contracts.Text;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Rules;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Assessment;

/// <summary>Evaluates one rule against a subject; returns what matched, as the reason's text, or null.</summary>
internal static class RuleMatcher
{
    public static string? Match(RiskRule rule, RiskSubject subject, RiskRuleSet set, RelationshipScore relationships) => rule.Kind switch
    {
        RiskRuleKind.Profile => rule.Profile is null ? null : ProfileMatcher.Match(rule.Profile, subject),
        RiskRuleKind.WatchList => WatchListHit(rule, subject, set),
        RiskRuleKind.MissingHsCode => Lines(subject, g => string.IsNullOrWhiteSpace(g.HsCode), "without HS code"),
        RiskRuleKind.ValuePerKg => rule.Band is null ? null : ValuePerKg(rule.Band, subject),
        RiskRuleKind.VagueDescription => Lines(subject, g => IsVagueIsh(g.Description, rule), "with a vague description"),
        RiskRuleKind.RelationshipScore => relationships.Score >= rule.MinScore
            ? $"relationship score {relationships.Score} >= {rule.MinScore}"
            : null,
        _ => null,
    };

    private static string? WatchListHit(RiskRule rule, RiskSubject subject, RiskRuleSet set)
    {
        if (rule.WatchList is null || set.FindWatchList(rule.WatchList) is not { } list)
        {
            return null;
        }

        foreach (var party in subject.Parties)
        {
            if (rule.Roles is { Count: > 0 } roles && !roles.Contains(party.Role))
            {
                continue;
            }

            foreach (var entry in list.Entries)
            {
                if (entry.BrNumber is not null && entry.BrNumber == party.BrNumber)
                {
                    return $"{party.Role} {party.Name} BR {party.BrNumber} on watch-list {list.Name}";
                }

                if (entry.Name is not null && PartyIdentity.Normalise(entry.Name) == PartyIdentity.Normalise(party.Name)
                    && (entry.Country is null || entry.Country == party.Country))
                {
                    return $"{party.Role} {party.Name} on watch-list {list.Name}";
                }
            }
        }

        return null;
    }

    private static string? ValuePerKg(ValueBand band, RiskSubject subject)
    {
        var hits = new List<string>();
        for (var i = 0; i < subject.Goods.Count; i++)
        {
            var line = subject.Goods[i];
            if (line is { ValueHkd: { } value, GrossWeightKg: > 0m and var weight })
            {
                var perKg = value / weight;
                if (perKg < band.MinHkdPerKg || perKg > band.MaxHkdPerKg)
                {
                    hits.Add($"line {i + 1}: {Math.Round(perKg, 2).ToString(CultureInfo.InvariantCulture)} HKD/kg");
                }
            }
        }

        return hits.Count == 0
            ? null
            : $"value per kg outside {band.MinHkdPerKg.ToString(CultureInfo.InvariantCulture)}..{band.MaxHkdPerKg.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", hits)}";
    }

    private static bool IsVagueIsh(string description, RiskRule rule)
    {
        if (GoodsDescription.IsVague(description))
        {
            return true;
        }

        var normal = PartyIdentity.Normalise(description);
        if (normal.Count(char.IsLetterOrDigit) < (rule.MinDescriptionLength ?? 1))
        {
            return true;
        }

        if (rule.VagueWords is not { Count: > 0 } vagueWords)
        {
            return false;
        }

        var words = normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => vagueWords.Any(v => string.Equals(v, w, StringComparison.OrdinalIgnoreCase)));
    }

    private static string? Lines(RiskSubject subject, Func<GoodsLine, bool> test, string what)
    {
        var lines = new List<int>();
        for (var i = 0; i < subject.Goods.Count; i++)
        {
            if (test(subject.Goods[i]))
            {
                lines.Add(i + 1);
            }
        }

        return lines.Count == 0 ? null : $"goods line {string.Join(", ", lines)} {what}";
    }
}
