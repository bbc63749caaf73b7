using Strangler.Contracts.Numbers;

namespace Strangler.Edifact.Cusdec;

/// <summary>The money of an accepted declaration: MOA+161 charge, MOA+55 penalty (when one applies), MOA+56 levy (form 2A).</summary>
public sealed record GetsMoney(decimal Charge, decimal? Penalty, decimal? Levy);

/// <summary>
/// The money rules of gets.md as pure functions: declaration charge, clothing levy (form 2A) and
/// late lodgement penalty (originals only), in exact decimal arithmetic.
/// </summary>
public static class GetsCharges
{
    public const decimal ChargeCap = 200.00m;
    public const int LodgementDays = 14;

    /// <summary>Forms 1, 2, 2A: 0.20 + 0.125 per started 1,000 above 46,000, rounded half up to 1 decimal, at most 200.00; 1A 0.20; 1B, 2B 0.00.</summary>
    public static decimal DeclarationCharge(string formCode, decimal value) => formCode switch
    {
        "1A" => 0.20m,
        "1B" or "2B" => 0.00m,
        _ => Math.Min(ChargeCap, ContractNumber.RoundHalfUp(0.20m + (0.125m * Steps(value)), 1)),
    };

    /// <summary>Form 2A: 0.30 per started 1,000 of value, rounded half up to 1 decimal, not capped; null for other forms.</summary>
    public static decimal? ClothingLevy(string formCode, decimal value) =>
        formCode == "2A" ? ContractNumber.RoundHalfUp(0.30m * Math.Ceiling(value / 1000m), 1) : null;

    /// <summary>
    /// The late lodgement penalty: none when received within 14 days after the date of import/export,
    /// then bands up to one and two months later (AddMonths clamps to the month's end) and beyond:
    /// 20/40/100 for a value up to 20,000, 40/80/200 above.
    /// </summary>
    public static decimal? LatePenalty(DateOnly importExportDate, DateOnly receivedDate, decimal value)
    {
        var due = importExportDate.AddDays(LodgementDays);
        if (receivedDate <= due)
        {
            return null;
        }

        var band = receivedDate <= due.AddMonths(1) ? 0 : receivedDate <= due.AddMonths(2) ? 1 : 2;
        decimal[] amounts = value <= 20_000m ? [20m, 40m, 100m] : [40m, 80m, 200m];
        return amounts[band];
    }

    /// <summary>V: the exact sum of the item values (each readable with the declaration's decimal mark; unreadable ones count 0).</summary>
    public static decimal TotalValue(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var total = 0m;
        foreach (var item in declaration.Items)
        {
            if (ContractNumber.TryParse(item.Value, declaration.DecimalMark, CusdecRules.AmountDecimals, out var value))
            {
                total += value;
            }
        }

        return total;
    }

    /// <summary>
    /// The money of an accepted declaration received on <paramref name="receivedDate"/>: charge and
    /// levy on its own total, penalty for originals only; null for a cancellation (it charges nothing).
    /// </summary>
    public static GetsMoney? For(Declaration declaration, DateOnly receivedDate)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Function == DeclarationFunction.Cancellation)
        {
            return null;
        }

        var value = TotalValue(declaration);
        decimal? penalty = declaration.Function == DeclarationFunction.Original &&
            CusdecRules.TryDate(declaration.ImportExportDate, out var date)
                ? LatePenalty(date, receivedDate, value)
                : null;
        return new GetsMoney(DeclarationCharge(declaration.FormCode, value), penalty, ClothingLevy(declaration.FormCode, value));
    }

    private static decimal Steps(decimal value) => value > 46_000m ? Math.Ceiling((value - 46_000m) / 1000m) : 0m;
}
