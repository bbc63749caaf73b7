using Strangler.Contracts.CodeLists;

namespace Strangler.Core.Risk.Rules;

/// <summary>The checks of one rule: common fields, then the fields its kind needs and no other kind's.</summary>
internal static class RiskRuleValidator
{
    public static void Validate(RiskRule rule, string at, RiskRuleSet set, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(rule.Description))
        {
            add($"{at}.description", "must not be empty");
        }

        if (rule.Weight < 0m)
        {
            add($"{at}.weight", "must be 0 or more");
        }

        RiskRuleSetValidator.CheckChannel(rule.Channel, $"{at}.channel", add);
        if (!Enum.IsDefined(rule.Kind))
        {
            add($"{at}.kind", "unknown kind");
            return;
        }

        NotAllowed(rule.Profile is not null && rule.Kind != RiskRuleKind.Profile, "profile");
        NotAllowed(rule.WatchList is not null && rule.Kind != RiskRuleKind.WatchList, "watchList");
        NotAllowed(rule.Roles is not null && rule.Kind != RiskRuleKind.WatchList, "roles");
        NotAllowed(rule.Band is not null && rule.Kind != RiskRuleKind.ValuePerKg, "band");
        NotAllowed(rule.VagueWords is not null && rule.Kind != RiskRuleKind.VagueDescription, "vagueWords");
        NotAllowed(rule.MinDescriptionLength is not null && rule.Kind != RiskRuleKind.VagueDescription, "minDescriptionLength");
        NotAllowed(rule.MinScore is not null && rule.Kind != RiskRuleKind.RelationshipScore, "minScore");

        switch (rule.Kind)
        {
            case RiskRuleKind.Profile:
                ValidateProfile(rule.Profile, $"{at}.profile", add);
                break;
            case RiskRuleKind.WatchList:
                if (string.IsNullOrWhiteSpace(rule.WatchList))
                {
                    add($"{at}.watchList", "is required for kind watchList");
                }
                else if (set.FindWatchList(rule.WatchList) is null)
                {
                    add($"{at}.watchList", $"no watch-list named '{rule.WatchList}'");
                }

                break;
            case RiskRuleKind.ValuePerKg:
                if (rule.Band is null)
                {
                    add($"{at}.band", "is required for kind valuePerKg");
                }
                else if (rule.Band.MinHkdPerKg < 0m || rule.Band.MinHkdPerKg > rule.Band.MaxHkdPerKg)
                {
                    add($"{at}.band", "needs 0 <= minHkdPerKg <= maxHkdPerKg");
                }

                break;
            case RiskRuleKind.VagueDescription:
                if (rule.VagueWords?.Any(string.IsNullOrWhiteSpace) == true)
                {
                    add($"{at}.vagueWords", "must not contain empty words");
                }

                if (rule.MinDescriptionLength is < 0)
                {
                    add($"{at}.minDescriptionLength", "must be 0 or more");
                }

                break;
            case RiskRuleKind.RelationshipScore:
                if (rule.MinScore is null or < 1)
                {
                    add($"{at}.minScore", "is required for kind relationshipScore and must be 1 or more");
                }

                break;
            case RiskRuleKind.MissingHsCode:
                break;
        }

        void NotAllowed(bool present, string field)
        {
            if (present)
            {
                add($"{at}.{field}", $"not allowed with kind {JsonName(rule.Kind)}");
            }
        }
    }

    private static string JsonName(RiskRuleKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static void ValidateProfile(ProfileCriteria? profile, string at, Action<string, string> add)
    {
        if (profile is null)
        {
            add(at, "is required for kind profile");
            return;
        }

        var matchingCriteria = Count(profile.HsPrefixes) + Count(profile.OriginCountries) + Count(profile.OriginPlaces)
            + Count(profile.LoadingPlaces) + Count(profile.DischargePlaces) + Count(profile.DestinationPlaces)
            + Count(profile.PartyBrNumbers) + Count(profile.PartyCountries) + Count(profile.DescriptionWords);
        if (matchingCriteria == 0)
        {
            // Modes, directions and kinds only narrow a profile; alone they would select a whole mode.
            add(at, "needs at least one of hsPrefixes, originCountries, route places, party or description criteria");
        }

        Each(profile.HsPrefixes, "hsPrefixes", p => p.Length is >= 1 and <= 10 && CodeFormat.AllDigits(p), "must be 1 to 10 digits");
        Each(profile.OriginCountries, "originCountries", p => CodeFormat.IsCountry(p), "must be an ISO 3166 alpha-2 code in capitals");
        Each(profile.PartyCountries, "partyCountries", p => CodeFormat.IsCountry(p), "must be an ISO 3166 alpha-2 code in capitals");
        Each(profile.PartyBrNumbers, "partyBrNumbers", p => CodeFormat.IsBrNumber(p), "must be 8 digits");
        Each(profile.DescriptionWords, "descriptionWords", p => p.Length > 0 && !p.Contains(' '), "must be single words");
        Each(profile.OriginPlaces, "originPlaces", p => p.Length > 0, "must not be empty");
        Each(profile.LoadingPlaces, "loadingPlaces", p => p.Length > 0, "must not be empty");
        Each(profile.DischargePlaces, "dischargePlaces", p => p.Length > 0, "must not be empty");
        Each(profile.DestinationPlaces, "destinationPlaces", p => p.Length > 0, "must not be empty");

        void Each(IReadOnlyList<string>? values, string field, Func<string, bool> ok, string text)
        {
            for (var i = 0; values is not null && i < values.Count; i++)
            {
                if (!ok(values[i]))
                {
                    add($"{at}.{field}[{i}]", text);
                }
            }
        }
    }

    private static int Count<T>(IReadOnlyList<T>? list) => list?.Count ?? 0;
}
