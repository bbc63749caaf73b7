using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Fwb;

namespace Strangler.Legacy.Accs.Risk;

/// <summary>
/// The legacy ACCS risk engine as this stand-in imitates it: a few fixed profile rules on the FWB,
/// then a seeded random selection from a hash of the air waybill number. Legacy only: the new core
/// has its own risk assessment, and the two may decide differently (a risk-outcome difference).
/// </summary>
public sealed class LegacyRiskAssessor(LegacyRiskOptions options)
{
    // HS chapters of arms (93) and explosives (36): always examined.
    private static readonly string[] ExaminedChapters = ["93", "36"];

    // Dutiable commodities in Hong Kong (liquor 22, tobacco 24) and precious stones and metals (71): documents checked.
    private static readonly string[] CheckedChapters = ["22", "24", "71"];

    private static readonly string[] ExaminedWords = ["WEAPON", "AMMUNITION", "IVORY", "RHINO", "PANGOLIN"];

    private static readonly string[] CheckedWords = ["TOBACCO", "CIGARETTE", "LIQUOR", "WINE", "SPIRITS", "JEWELLERY", "GOLD"];

    // The watch list of party names (a legacy table in the real system; fixed here).
    private static readonly string[] WatchedParties = ["BLACKWATER TRADING", "GOLDEN TRIANGLE EXPORT"];

    /// <summary>NC, DC or PX for an import or export FWB.</summary>
    public ActionCode Assess(FwbMessage fwb)
    {
        ArgumentNullException.ThrowIfNull(fwb);
        if (fwb.HtsCodes.Any(h => ExaminedChapters.Contains(h[..2])) ||
            ExaminedWords.Any(w => fwb.NatureOfGoods.Contains(w, StringComparison.Ordinal)) ||
            WatchedParties.Any(p => fwb.Shipper.Name.Contains(p, StringComparison.Ordinal) || fwb.Consignee.Name.Contains(p, StringComparison.Ordinal)))
        {
            return ActionCode.PhysicalExamination;
        }

        if (fwb.HtsCodes.Any(h => CheckedChapters.Contains(h[..2])) ||
            CheckedWords.Any(w => fwb.NatureOfGoods.Contains(w, StringComparison.Ordinal)))
        {
            return ActionCode.DocumentCheck;
        }

        return RandomSelection(fwb.Waybill.Number);
    }

    // One in four random selections is a physical examination, the rest document checks.
    private ActionCode RandomSelection(string awbNumber)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes($"ACCS|{options.Seed}|{awbNumber}"));
        var draw = BinaryPrimitives.ReadUInt64BigEndian(hash) / (double)ulong.MaxValue;
        if (draw >= options.SelectionRate)
        {
            return ActionCode.NotConstrained;
        }

        return hash[8] % 4 == 0 ? ActionCode.PhysicalExamination : ActionCode.DocumentCheck;
    }
}
