using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Text;

namespace Strangler.Edifact.Cuscar;

/// <summary>E015 descriptions, E031 containers, E032 transport documents, E033 volumes, E034 placements.</summary>
internal static class EmanDocumentRules
{
    public static void Check(CuscarManifest m, EmanErrorSet errors)
    {
        var containers = CheckContainers(m, errors);
        var isAir = m.Conveyance.ModeCode == "4";
        var needsVolume = m.Conveyance.ModeCode is "1" or "8";
        var documents = new HashSet<string>(StringComparer.Ordinal);

        foreach (var consignment in m.Consignments)
        {
            var where = $"CNI {consignment.Sequence}";
            if ((isAir && !AirWaybillNumber.IsValid(consignment.TransportDocumentNumber)) ||
                !documents.Add(consignment.TransportDocumentNumber))
            {
                errors.Add(EmanErrors.TransportDocument(where));
            }

            if (consignment.MasterDocument is { IsMasterAirWaybill: true } master && !AirWaybillNumber.IsValid(master.Number))
            {
                errors.Add(EmanErrors.TransportDocument($"RFF+MWB of {where}"));
            }

            foreach (var item in consignment.GoodsItems)
            {
                if (GoodsDescription.IsVague(item.Description))
                {
                    errors.Add(EmanErrors.VagueDescription(where));
                }

                if (needsVolume && item.GrossVolume is null)
                {
                    errors.Add(EmanErrors.GrossVolumeMissing(where));
                }

                CheckPlacements(m, item, containers, errors, where);
            }
        }
    }

    // E031: each EQD container well formed, with a right check digit, and named once.
    private static HashSet<string> CheckContainers(CuscarManifest m, EmanErrorSet errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var equipment in m.Equipment)
        {
            // Added whatever its validity: an SGP naming a bad EQD container is E031's fault, not E034's.
            var first = seen.Add(equipment.ContainerNumber);
            if (!first || !ContainerNumber.IsValid(equipment.ContainerNumber))
            {
                errors.Add(EmanErrors.ContainerNumber("EQD"));
            }
        }

        return seen;
    }

    // E034: SGP names an EQD container with a positive integer of packages, and an item's SGP
    // packages add up to its GID packages exactly (judged only when the GID packages are readable:
    // otherwise E014 already speaks).
    private static void CheckPlacements(
        CuscarManifest m, GoodsItem item, HashSet<string> containers, EmanErrorSet errors, string where)
    {
        if (item.Placements.Count == 0)
        {
            return;
        }

        var sum = 0m;
        var readable = true;
        foreach (var placement in item.Placements)
        {
            if (!containers.Contains(placement.ContainerNumber))
            {
                errors.Add(EmanErrors.ContainerPlacement($"SGP of {where}"));
            }

            if (ManifestNumbers.TryPositiveInteger(placement.Packages, m.DecimalMark, out var packages))
            {
                sum += packages;
            }
            else
            {
                readable = false;
                errors.Add(EmanErrors.ContainerPlacement($"SGP packages of {where}"));
            }
        }

        if (readable && ManifestNumbers.TryPositiveInteger(item.Packages, m.DecimalMark, out var itemPackages) && sum != itemPackages)
        {
            errors.Add(EmanErrors.ContainerPlacement($"SGP sum of {where}"));
        }
    }
}
