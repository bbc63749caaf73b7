using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Rules;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Assessment;

/// <summary>Profile matching: every criterion given must match; the reason lists what each matched.</summary>
internal static class ProfileMatcher
{
    public static string? Match(ProfileCriteria profile, RiskSubject s)
    {
        var matched = new List<string>();
        bool Criterion<T>(IReadOnlyList<T>? wanted, string label, Func<T, string?> find)
        {
            if (wanted is not { Count: > 0 })
            {
                return true;
            }

            foreach (var w in wanted)
            {
                if (find(w) is { } what)
                {
                    matched.Add($"{label} {what}");
                    return true;
                }
            }

            return false;
        }

        var ok = Criterion(profile.SubjectKinds, "kind", k => k == s.Kind ? k.ToString() : null)
            && Criterion(profile.Modes, "mode", m => m == s.Mode ? m.ToString() : null)
            && Criterion(profile.Directions, "direction", d => d == s.Direction ? d.ToString() : null)
            && Criterion(profile.HsPrefixes, "HS code", p => s.Goods.FirstOrDefault(g => g.HsCode?.StartsWith(p, StringComparison.Ordinal) == true)?.HsCode)
            && Criterion(profile.OriginCountries, "origin country", c => s.Goods.Any(g => g.OriginCountry == c) ? c : null)
            && Criterion(profile.OriginPlaces, "origin", p => s.Route.Origin == p ? p : null)
            && Criterion(profile.LoadingPlaces, "loading", p => s.Route.Loading == p ? p : null)
            && Criterion(profile.DischargePlaces, "discharge", p => s.Route.Discharge == p ? p : null)
            && Criterion(profile.DestinationPlaces, "destination", p => s.Route.Destination == p ? p : null)
            && Criterion(profile.PartyBrNumbers, "party BR", b => s.Parties.FirstOrDefault(p => p.BrNumber == b) is { } p ? $"{b} ({p.Role} {p.Name})" : null)
            && Criterion(profile.PartyCountries, "party country", c => s.Parties.FirstOrDefault(p => p.Country == c) is { } p ? $"{c} ({p.Role} {p.Name})" : null)
            && Criterion(profile.DescriptionWords, "description word", w => HasWord(s, w) ? w.ToUpperInvariant() : null);
        return ok ? string.Join("; ", matched) : null;
    }

    private static bool HasWord(RiskSubject s, string word)
    {
        var wanted = PartyIdentity.Normalise(word);
        return s.Goods.Any(g => PartyIdentity.Normalise(g.Description).Split(' ').Contains(wanted, StringComparer.Ordinal));
    }
}
