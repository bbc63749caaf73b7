using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.Rocars.Risk;

/// <summary>
/// The legacy ROCARS risk decision on an accepted bundle: STOP when a profile rule hits one of its
/// consignments, else STOP for a seeded random share of bundles, else GO. Legacy only: the real engine
/// is not known and the new core decides on its own (a parity risk-outcome difference).
/// </summary>
internal sealed class LegacyRiskAssessment(RiskOptions options)
{
    // Strategic goods and dutiable commodities the legacy profiles watch (HS chapters).
    private static readonly string[] WatchedHsChapters = ["22", "24", "93"];

    private static readonly string[] WatchedWords = ["IVORY", "CIGARETTE", "SHARK FIN", "RHINO", "PANGOLIN", "FIREARM"];

    private static readonly string[] WatchedParties = ["RED LOTUS TRADING", "GOLDEN TRIANGLE LOGISTICS"];

    public RiskDecision Decide(string bundleRef, IEnumerable<Lodgement> consignments)
    {
        foreach (var lodgement in consignments)
        {
            foreach (var article in lodgement.Articles)
            {
                if (article.HsCode is { Length: 8 } hs && WatchedHsChapters.Contains(hs[..2]))
                {
                    return new(ClearanceDecision.Stop, "HS" + hs[..2]);
                }

                var description = article.Description.ToUpperInvariant();
                if (WatchedWords.Any(w => description.Contains(w, StringComparison.Ordinal)))
                {
                    return new(ClearanceDecision.Stop, "GOODS");
                }
            }

            if (IsWatched(lodgement.Consignor) || IsWatched(lodgement.Consignee))
            {
                return new(ClearanceDecision.Stop, "PARTY");
            }
        }

        return IsSelected(bundleRef) ? new(ClearanceDecision.Stop, "RANDOM") : new(ClearanceDecision.Go, "NONE");
    }

    /// <summary>A uniform draw in [0, 1) from the SHA-256 of seed and BundleRef: the same bundle always draws the same.</summary>
    internal bool IsSelected(string bundleRef)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{options.Seed}:{bundleRef}")));
        var draw = (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
        return draw < options.SelectionRate;
    }

    private static bool IsWatched(Party party)
    {
        var name = party.Name.ToUpperInvariant();
        return WatchedParties.Any(p => name.Contains(p, StringComparison.Ordinal));
    }
}

/// <summary>GO or STOP and the rule that decided it (stored with the bundle for the examination officers).</summary>
internal sealed record RiskDecision(ClearanceDecision Instruction, string Rule);
