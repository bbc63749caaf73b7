using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;

namespace Strangler.Edifact.Cuscar;

/// <summary>
/// The stateless EMAN business rules (phase 4 without the store): E010–E015, E017, E031–E034.
/// Store rules (E018, E019, an amendment keeping its trip) belong to the systems of record; see
/// <see cref="ManifestTrip"/>.
/// </summary>
public static class EmanRules
{
    public const int MaxCarrierCodeLength = 9;

    /// <summary>
    /// Every applicable code once, in ascending code order. A cancellation is checked for its carrier
    /// only (E011): its other header elements are not judged.
    /// </summary>
    public static IReadOnlyList<ContractError> Check(CuscarManifest manifest, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(context);
        var errors = new EmanErrorSet();
        CheckCarrier(manifest, context, errors);
        if (manifest.Function == ManifestFunction.Cancellation)
        {
            return errors.ToList();
        }

        CheckDirection(manifest, errors);
        CheckMode(manifest, errors);
        CheckLocations(manifest, errors);
        EmanControlTotals.Check(manifest, errors);
        CheckStatementTwoTime(manifest, context.ReceivedAt, errors);
        EmanDocumentRules.Check(manifest, errors);
        return errors.ToList();
    }

    // E011: the key may act for the carrier (skipped without a client), and NAD+CA equals the TDT carrier.
    // The carrier code's an..9 is judged here too: an element a rule checks is never E006.
    private static void CheckCarrier(CuscarManifest m, CheckContext context, EmanErrorSet errors)
    {
        if (m.CarrierCode.Length is 0 or > MaxCarrierCodeLength)
        {
            errors.Add(EmanErrors.CarrierNotAuthorised("NAD+CA an..9"));
        }

        if (context.Client is { } client && !client.MayActForCarrier(m.CarrierCode))
        {
            errors.Add(EmanErrors.CarrierNotAuthorised("NAD+CA"));
        }

        if (!string.Equals(m.CarrierCode, m.Conveyance.CarrierCode, StringComparison.Ordinal))
        {
            errors.Add(EmanErrors.CarrierNotAuthorised("TDT carrier differs from NAD+CA"));
        }
    }

    // E010: IM arrives (DTM 132) into Hong Kong (LOC+11), EX departs (DTM 133) from it (LOC+9);
    // exactly one of the two places is in Hong Kong. "In Hong Kong" reads the country part only, so
    // a malformed Hong Kong LOCODE is E013 alone.
    private static void CheckDirection(CuscarManifest m, EmanErrorSet errors)
    {
        var loadingInHongKong = IsHongKong(m.PlaceOfLoading);
        var dischargeInHongKong = IsHongKong(m.PlaceOfDischarge);
        var agrees = m.DirectionCode switch
        {
            ManifestCodes.Import => m.EventQualifier == ManifestCodes.Arrival && dischargeInHongKong && !loadingInHongKong,
            ManifestCodes.Export => m.EventQualifier == ManifestCodes.Departure && loadingInHongKong && !dischargeInHongKong,
            _ => false,
        };
        if (!agrees)
        {
            errors.Add(EmanErrors.DirectionDatesOrLocations());
        }
    }

    private static bool IsHongKong(string locode) => locode.StartsWith("HK", StringComparison.Ordinal);

    private static void CheckMode(CuscarManifest m, EmanErrorSet errors)
    {
        if (!EmanReference.TryParseMode(m.Conveyance.ModeCode, out _))
        {
            errors.Add(EmanErrors.ModeNotAllowed("TDT"));
        }
    }

    // E013: both LOCODEs and the consignor and consignee countries are well formed.
    private static void CheckLocations(CuscarManifest m, EmanErrorSet errors)
    {
        if (!CodeFormat.IsUnLocode(m.PlaceOfLoading) || !CodeFormat.IsUnLocode(m.PlaceOfDischarge))
        {
            errors.Add(EmanErrors.LocationCode("LOC"));
        }

        foreach (var consignment in m.Consignments)
        {
            if (!CodeFormat.IsCountry(consignment.Consignor.Country) || !CodeFormat.IsCountry(consignment.Consignee.Country))
            {
                errors.Add(EmanErrors.LocationCode($"NAD of CNI {consignment.Sequence}"));
                return;
            }
        }
    }

    // E017: a Statement 2 is lodged after the event, so its arrival/departure may not be after received-at.
    private static void CheckStatementTwoTime(CuscarManifest m, DateTimeOffset receivedAt, EmanErrorSet errors)
    {
        var received = HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(receivedAt));
        if (m.Statement == StatementType.Statement2 &&
            ManifestNumbers.TryDateTime(m.EventDateTime, out var at) && at > received)
        {
            errors.Add(EmanErrors.StatementTwoBeforeEvent());
        }
    }
}
