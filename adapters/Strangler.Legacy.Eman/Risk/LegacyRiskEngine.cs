using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Strangler.Edifact.Cuscar;

namespace Strangler.Legacy.Eman.Risk;

/// <summary>
/// The legacy EMAN risk decision on an accepted Statement 1 import manifest, LEGACY ONLY: a few
/// profile rules (watched HS chapters, goods words, consignor countries and parties) and a seeded
/// random selection computed from a hash of the seed, the EMAN ref and the transport document, so
/// the same manifest under the same seed is always detained the same way. The new core has its own.
/// </summary>
public sealed class LegacyRiskEngine(RiskOptions options)
{
    // Arms and ammunition, tobacco, ivory and precious goods, works of art and antiques.
    private static readonly HashSet<string> WatchedHsChapters = ["24", "71", "93", "97"];

    private static readonly string[] WatchedWords = ["IVORY", "TOBACCO", "CIGARETTE", "SHARK FIN", "PANGOLIN", "COUNTERFEIT", "REPLICA"];

    private static readonly HashSet<string> WatchedCountries = ["KP", "IR", "SY"];

    private static readonly string[] WatchedParties = ["GOLDEN CRESCENT TRADING", "NORTHERN STAR IMPEX"];

    /// <summary>True when the manifest is one the legacy engine assesses: an accepted Statement 1 import original or amendment.</summary>
    public static bool Assesses(CuscarManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return manifest.Statement == StatementType.Statement1 &&
            manifest.DirectionCode == ManifestCodes.Import &&
            manifest.Function != ManifestFunction.Cancellation;
    }

    /// <summary>The sequence numbers (1..n) of the consignments to detain, in ascending order.</summary>
    public IReadOnlyList<int> Detain(string emanRef, CuscarManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var detained = new List<int>();
        for (var i = 0; i < manifest.Consignments.Count; i++)
        {
            var consignment = manifest.Consignments[i];
            if (MatchesProfile(consignment) || IsRandomlySelected(emanRef, consignment.TransportDocumentNumber))
            {
                detained.Add(i + 1);
            }
        }

        return detained;
    }

    public static bool MatchesProfile(Consignment consignment)
    {
        ArgumentNullException.ThrowIfNull(consignment);
        if (WatchedCountries.Contains(consignment.Consignor.Country) ||
            WatchedParties.Any(p => Contains(consignment.Consignor.Name, p) || Contains(consignment.Consignee.Name, p)))
        {
            return true;
        }

        return consignment.GoodsItems.Any(item =>
            (item.HsCode is { Length: >= 2 } hs && WatchedHsChapters.Contains(hs[..2])) ||
            WatchedWords.Any(w => Contains(item.Description, w)));
    }

    /// <summary>The random selection: a uniform number from SHA-256(seed, EMAN ref, document) below the rate.</summary>
    public bool IsRandomlySelected(string emanRef, string transportDocumentNumber)
    {
        if (options.SelectionRate <= 0)
        {
            return false;
        }

        var input = string.Create(CultureInfo.InvariantCulture, $"{options.Seed}|{emanRef}|{transportDocumentNumber}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(input));
        var draw = BinaryPrimitives.ReadUInt64BigEndian(hash) / (double)ulong.MaxValue;
        return draw < options.SelectionRate;
    }

    private static bool Contains(string text, string word) =>
        text.ToUpperInvariant().Contains(word, StringComparison.Ordinal);
}
