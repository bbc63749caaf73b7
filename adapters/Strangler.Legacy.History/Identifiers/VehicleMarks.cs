using System.Globalization;
using Bogus;

namespace Strangler.Legacy.History.Identifiers;

/// <summary>Hong Kong registration marks of cross-boundary goods vehicles: one or two letters other than I, O, Q, then 1 to 4 digits without a leading zero.</summary>
public static class VehicleMarks
{
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    public static IReadOnlyList<string> Draw(Randomizer random, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        var marks = new List<string>(count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (marks.Count < count)
        {
            var letters = random.Bool(0.8f)
                ? $"{Letters[random.Number(0, Letters.Length - 1)]}{Letters[random.Number(0, Letters.Length - 1)]}"
                : Letters[random.Number(0, Letters.Length - 1)].ToString();
            var mark = letters + random.Number(1, 9999).ToString(CultureInfo.InvariantCulture);
            if (used.Add(mark))
            {
                marks.Add(mark);
            }
        }

        return marks;
    }
}
