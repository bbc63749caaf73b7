namespace Strangler.CargoImp;

/// <summary>Flight designators as Cargo-IMP writes them: carrier <c>[A-Z0-9]{2}</c>, 1–4 digits, an optional letter (<c>CX251</c>).</summary>
public static class CargoImpFlights
{
    public static bool TrySplitDesignator(string designator, out string carrier, out string number)
    {
        carrier = number = "";
        if (designator.Length is < 3 or > 7 || !Lines.CargoImpCharacters.IsUpperOrDigits(designator.AsSpan(0, 2), 2))
        {
            return false;
        }

        var rest = designator.AsSpan(2);
        var digits = rest[^1] is >= 'A' and <= 'Z' ? rest[..^1] : rest;
        if (!Lines.CargoImpCharacters.IsDigits(digits, 1, 4))
        {
            return false;
        }

        carrier = designator[..2];
        number = designator[2..];
        return true;
    }
}
