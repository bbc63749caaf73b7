namespace Strangler.Contracts.CodeLists;

/// <summary>Units of quantity a GETS declaration item may use (QTY+47), UN/ECE Recommendation 20 codes.</summary>
public static class QuantityUnit
{
    public static IReadOnlyList<string> All { get; } = ["KGM", "PCE", "LTR", "MTR", "DZN", "PR"];

    public static bool IsAllowed(ReadOnlySpan<char> code)
    {
        foreach (var unit in All)
        {
            if (code.SequenceEqual(unit))
            {
                return true;
            }
        }

        return false;
    }
}
