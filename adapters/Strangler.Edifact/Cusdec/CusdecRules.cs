using System.Globalization;
using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Numbers;
using Strangler.Contracts.Text;
using Strangler.Contracts.Time;

namespace Strangler.Edifact.Cusdec;

/// <summary>
/// The stateless GETS business rules (phase 4): E010–E017 and the cancellation's CNT+5. The store
/// rules (E018, E019, an amendment or cancellation keeping the current version's fields) are the
/// stand-ins' (see <see cref="GetsStoreFacts"/>).
/// </summary>
public static class CusdecRules
{
    public const int QuantityDecimals = 3;
    public const int AmountDecimals = 2;

    public static IEnumerable<ContractError> Check(Declaration d, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(context);
        var errors = new List<ContractError>();
        if (!Agrees(d))
        {
            errors.Add(GetsErrors.Disagreement());
        }

        CheckBrNumbers(d, context, errors);
        if (d.Function == DeclarationFunction.Cancellation)
        {
            // A cancellation carries CNT+5:0 and nothing to count.
            if (!ContractNumber.TryParse(d.ItemCount, '.', 0, out var cancelled) || cancelled != 0)
            {
                errors.Add(GetsErrors.Items("CNT+5"));
            }

            CheckCountry(d.Declarant.Country, errors, "NAD+DT");
            return errors;
        }

        if (d.ModeCode is null || !TransportModes.TryParseCode(d.ModeCode, out _))
        {
            errors.Add(GetsErrors.Mode("TDT"));
        }

        CheckLocations(d, errors);
        CheckItems(d, errors);
        CheckDate(d, context, errors);
        return errors;
    }

    /// <summary>E010: a known function and form; import forms with DTM 132, NAD+IM and MOA 38; export forms with 133, NAD+EX, MOA 39.</summary>
    public static bool Agrees(Declaration d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!GetsCodes.IsFunction(d.FunctionCode) || !GetsCodes.IsForm(d.FormCode))
        {
            return false;
        }

        if (d.Function == DeclarationFunction.Cancellation)
        {
            return true;
        }

        var import = GetsCodes.IsImportForm(d.FormCode);
        return d.DateQualifier == (import ? GetsCodes.ImportDate : GetsCodes.ExportDate) &&
            d.Trader?.Qualifier == (import ? GetsCodes.Importer : GetsCodes.Exporter) &&
            d.Items.All(i => i.ValueQualifier == (import ? GetsCodes.ImportValue : GetsCodes.ExportValue));
    }

    private static void CheckBrNumbers(Declaration d, CheckContext context, List<ContractError> errors)
    {
        var declarantOk = CodeFormat.IsBrNumber(d.Declarant.BrNumber) &&
            (context.Client is null || context.Client.MayActForBr(d.Declarant.BrNumber));
        if (!declarantOk || (d.Trader is { } trader && !CodeFormat.IsBrNumber(trader.BrNumber)))
        {
            errors.Add(GetsErrors.BrNumber("NAD"));
        }
    }

    private static void CheckLocations(Declaration d, List<ContractError> errors)
    {
        CheckCountry(d.Declarant.Country, errors, "NAD+DT");
        if (d.Trader is { } trader && trader.Country != "HK")
        {
            errors.Add(GetsErrors.Location("importer/exporter country"));
        }

        CheckCountry(d.ConsignmentCountry, errors, "LOC+35");
        if (d.LoadingPlace is { } place && !CodeFormat.IsUnLocode(place))
        {
            errors.Add(GetsErrors.Location("LOC+9"));
        }

        foreach (var item in d.Items)
        {
            CheckCountry(item.OriginCountry, errors, $"LOC+27 of item {item.ItemNumber}");
        }
    }

    private static void CheckCountry(string? country, List<ContractError> errors, string where)
    {
        if (country is null || !CodeFormat.IsCountry(country))
        {
            errors.Add(GetsErrors.Location(where));
        }
    }

    // E014 numbering, HKHS and count; E015 descriptions; E016 quantities and amounts.
    private static void CheckItems(Declaration d, List<ContractError> errors)
    {
        for (var i = 0; i < d.Items.Count; i++)
        {
            var item = d.Items[i];
            var where = $"item {i + 1}";
            if (!IsNumber(item.ItemNumber, i + 1) || item.HkhsCode.Length != 8 || !CodeFormat.AllDigits(item.HkhsCode))
            {
                errors.Add(GetsErrors.Items(where));
            }

            if (GoodsDescription.IsVague(item.Description))
            {
                errors.Add(GetsErrors.Vague(where));
            }

            if (!ContractNumber.TryParsePositive(item.Quantity, d.DecimalMark, QuantityDecimals, out _) ||
                !ContractNumber.TryParsePositive(item.Value, d.DecimalMark, AmountDecimals, out _))
            {
                errors.Add(GetsErrors.AmountOrQuantity(where));
            }
        }

        if (!IsNumber(d.ItemCount, d.Items.Count))
        {
            errors.Add(GetsErrors.Items("CNT+5"));
        }
    }

    // E017: the date of import/export may not be after the received-at date, unless pre-shipment (new core).
    private static void CheckDate(Declaration d, CheckContext context, List<ContractError> errors)
    {
        var preShipment = d.PreShipment && context.Profile == RuleProfile.NewCore;
        if (!preShipment && TryDate(d.ImportExportDate, out var date) && date > HongKongTime.Date(context.ReceivedAt))
        {
            errors.Add(GetsErrors.DateAfterReceipt());
        }
    }

    /// <summary>Item numbers and counts: digits, compared numerically (<c>01</c> equals <c>1</c>).</summary>
    public static bool IsNumber(string raw, int expected) =>
        raw.Length <= 9 && CodeFormat.AllDigits(raw) && int.Parse(raw, CultureInfo.InvariantCulture) == expected;

    /// <summary>A <c>CCYYMMDD</c> value as a date.</summary>
    public static bool TryDate(string? raw, out DateOnly date)
    {
        date = default;
        return raw is { Length: 8 } &&
            DateOnly.TryParseExact(raw, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
