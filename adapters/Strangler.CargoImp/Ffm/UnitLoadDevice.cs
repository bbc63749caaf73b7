namespace Strangler.CargoImp.Ffm;

/// <summary>A <c>ULD/&lt;type 3 letters&gt;&lt;serial 4–5 digits&gt;&lt;owner 2&gt;</c> line and the air waybill lines loaded in it.</summary>
public sealed record UnitLoadDevice(string Id, EquatableList<Waybills.AirWaybillLine> Waybills)
{
    public static bool IsId(ReadOnlySpan<char> id)
    {
        if (id.Length is not (9 or 10))
        {
            return false;
        }

        foreach (var c in id[..3])
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return Lines.CargoImpCharacters.IsDigits(id[3..^2], 4, 5) && Lines.CargoImpCharacters.IsUpperOrDigits(id[^2..], 2);
    }
}
