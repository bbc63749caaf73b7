using Strangler.Contracts.CodeLists;

namespace Strangler.Edifact.Cuscar;

/// <summary>
/// E014: CNI and GID sequences without gaps; CNT+11 equals the sum of GID packages; CNT+7 within
/// 0.001 of the sum of MEA+WT; CNT+16 present exactly when EQD is and equal to their number; HS codes
/// of 6 digits; packages, CNT values and weights positive within their decimals.
/// </summary>
internal static class EmanControlTotals
{
    public const decimal WeightTolerance = 0.001m;

    public static void Check(CuscarManifest m, EmanErrorSet errors)
    {
        var mark = m.DecimalMark;
        var packagesValid = true;
        var weightsValid = true;
        var packageSum = 0m;
        var weightSum = 0m;
        var error = (string? where) => errors.Add(EmanErrors.ControlTotals(where));

        for (var c = 0; c < m.Consignments.Count; c++)
        {
            var consignment = m.Consignments[c];
            if (!ManifestNumbers.IsSequence(consignment.Sequence, c + 1))
            {
                error($"CNI {c + 1}");
            }

            for (var g = 0; g < consignment.GoodsItems.Count; g++)
            {
                var item = consignment.GoodsItems[g];
                if (!ManifestNumbers.IsSequence(item.ItemNumber, g + 1))
                {
                    error($"GID {g + 1} of CNI {c + 1}");
                }

                if (ManifestNumbers.TryPositiveInteger(item.Packages, mark, out var packages))
                {
                    packageSum += packages;
                }
                else
                {
                    packagesValid = false;
                    error($"GID packages of CNI {c + 1}");
                }

                if (ManifestNumbers.TryWeight(item.GrossWeight, mark, out var weight))
                {
                    weightSum += weight;
                }
                else
                {
                    weightsValid = false;
                    error($"MEA+WT of CNI {c + 1}");
                }

                if (item.HsCode is { } hs && (hs.Length != 6 || !CodeFormat.AllDigits(hs)))
                {
                    error($"PIA of CNI {c + 1}");
                }
            }
        }

        CheckTotals(m, packagesValid ? packageSum : null, weightsValid ? weightSum : null, error);
    }

    private static void CheckTotals(CuscarManifest m, decimal? packageSum, decimal? weightSum, Action<string?> error)
    {
        if (m.Totals is not { } totals)
        {
            error("CNT missing");
            return;
        }

        if (!ManifestNumbers.TryPositiveInteger(totals.Packages, m.DecimalMark, out var packages) ||
            (packageSum is { } sum && sum != packages))
        {
            error("CNT+11");
        }

        if (!ManifestNumbers.TryWeight(totals.GrossWeight, m.DecimalMark, out var weight) ||
            (weightSum is { } kg && Math.Abs(weight - kg) > WeightTolerance))
        {
            error("CNT+7");
        }

        if (totals.Containers is null)
        {
            if (m.Equipment.Count > 0)
            {
                error("CNT+16 missing");
            }
        }
        else if (!ManifestNumbers.TryPositiveInteger(totals.Containers, m.DecimalMark, out var containers) ||
            containers != m.Equipment.Count)
        {
            error("CNT+16");
        }
    }
}
