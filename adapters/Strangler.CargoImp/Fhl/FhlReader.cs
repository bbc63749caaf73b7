using Strangler.CargoImp.Lines;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Numbers;
using Strangler.Contracts.Text;

namespace Strangler.CargoImp.Fhl;

/// <summary>
/// Reads the lines of an <c>FHL/5</c> (line 1 already checked): <c>MBI</c> on line 2, then houses,
/// each <c>HBS</c> followed by up to 9 <c>TXT</c> and then up to 9 <c>HTS</c>; any other line is A004.
/// </summary>
internal static class FhlReader
{
    private const int MaxPerHouse = 9;

    public static ContractError? Read(List<string> lines, CheckContext context, out FhlMessage? message)
    {
        message = null;
        AirWaybillLine? master = null;
        var houses = new List<HouseDraft>();
        var houseNumbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Count; i++)
        {
            var text = lines[i];
            var lineNumber = i + 1;
            var current = houses.Count > 0 ? houses[^1] : null;
            ContractError? error = null;
            if (text.StartsWith("MBI/", StringComparison.Ordinal) && i == 1)
            {
                error = WaybillLineCheck.Check(text[4..], lineNumber, context, inManifest: false, out master);
            }
            else if (text.StartsWith("HBS/", StringComparison.Ordinal))
            {
                error = ReadHouse(text, lineNumber, houseNumbers, houses);
            }
            else if (text.StartsWith("TXT/", StringComparison.Ordinal) && current is not null &&
                     current.HtsCodes.Count == 0 && current.Descriptions.Count < MaxPerHouse && text.Length > 4)
            {
                current.Descriptions.Add(text[4..]);
            }
            else if (text.StartsWith("HTS/", StringComparison.Ordinal) && current is not null &&
                     current.HtsCodes.Count < MaxPerHouse && CargoImpCharacters.IsDigits(text.AsSpan(4), 6, 10))
            {
                current.HtsCodes.Add(text[4..]);
            }
            else
            {
                error = AccsErrors.AtLine(AccsErrors.OutOfPlaceOrMalformed, lineNumber, text.Length == 0 ? "empty line" : "line out of place or malformed");
            }

            if (error is not null)
            {
                return error;
            }
        }

        if (master is null)
        {
            return AccsErrors.Create(AccsErrors.MandatoryMissing, "MBI missing");
        }

        if (houses.Count == 0)
        {
            return AccsErrors.Create(AccsErrors.MandatoryMissing, "HBS missing");
        }

        var fhl = new FhlMessage(master, new EquatableList<HouseWaybill>(houses.Select(h => h.ToHouse())));
        if (!fhl.TotalsMatchMaster)
        {
            return AccsErrors.Create(
                AccsErrors.HouseTotalsMismatch,
                $"houses {fhl.HousePieces} pieces {fhl.HouseWeight} kg, master {fhl.Master.Pieces} pieces {fhl.Master.Weight} kg");
        }

        message = fhl;
        return null;
    }

    // HBS/<house no an..12>/<origin><destination>/<pieces>/K<weight>/<SLAC, optional>/<nature of goods an..15>
    private static ContractError? ReadHouse(string text, int lineNumber, HashSet<string> numbers, List<HouseDraft> houses)
    {
        var p = text.Split('/');
        if (p.Length != 7 ||
            !CargoImpCharacters.IsText(p[1], 12) ||
            p[2].Length != 6 || !CodeFormat.IsAirport(p[2].AsSpan(0, 3)) || !CodeFormat.IsAirport(p[2].AsSpan(3)) ||
            !CargoImpCharacters.IsDigits(p[3], 1, 4) || int.Parse(p[3]) == 0 ||
            !IsWeight(p[4]) ||
            (p[5].Length != 0 && !CargoImpCharacters.IsDigits(p[5], 1, 4)) ||
            !CargoImpCharacters.IsText(p[6], 15))
        {
            return AccsErrors.AtLine(AccsErrors.OutOfPlaceOrMalformed, lineNumber, "malformed HBS");
        }

        if (GoodsDescription.IsVague(p[6]))
        {
            return AccsErrors.AtLine(AccsErrors.VagueDescription, lineNumber, p[6]);
        }

        if (!numbers.Add(p[1]))
        {
            return AccsErrors.AtLine(AccsErrors.HouseNumberRepeated, lineNumber, p[1]);
        }

        houses.Add(new HouseDraft(p[1], p[2][..3], p[2][3..], int.Parse(p[3]), p[4][1..], p[5].Length == 0 ? null : p[5], p[6]));
        return null;
    }

    // K\d{1,7}(\.\d)?, positive.
    private static bool IsWeight(string field)
    {
        if (field.Length < 2 || field[0] != 'K')
        {
            return false;
        }

        var number = field.AsSpan(1);
        var dot = number.IndexOf('.');
        var whole = dot < 0 ? number : number[..dot];
        return CargoImpCharacters.IsDigits(whole, 1, 7) &&
               (dot < 0 || CargoImpCharacters.IsDigits(number[(dot + 1)..], 1, 1)) &&
               ContractNumber.TryParsePositive(number, '.', 1, out _);
    }

    private sealed record HouseDraft(string Number, string Origin, string Destination, int Pieces, string Weight, string? Slac, string Nature)
    {
        public List<string> Descriptions { get; } = [];

        public List<string> HtsCodes { get; } = [];

        public HouseWaybill ToHouse() => new(
            Number, Origin, Destination, Pieces, Weight, Slac, Nature,
            new EquatableList<string>(Descriptions), new EquatableList<string>(HtsCodes));
    }
}
