namespace Strangler.Contracts.CodeLists;

/// <summary>Transport mode as coded in EDIFACT TDT (UN/ECE Recommendation 19), limited to the codes the contracts allow.</summary>
public enum TransportMode
{
    Maritime = 1,
    Rail = 2,
    Road = 3,
    Air = 4,
    InlandWater = 8,
}

/// <summary>The cut-over unit a transport mode belongs to: what the migration team moves through the stages together.</summary>
public enum CutoverUnit
{
    Road,
    Air,
    Sea,
    River,
    Rail,
}

/// <summary>Conversions between mode codes, modes and cut-over unit names (`road`, `air`, `sea`, `river`, `rail`).</summary>
public static class TransportModes
{
    public static IReadOnlyList<TransportMode> All { get; } =
        [TransportMode.Maritime, TransportMode.Rail, TransportMode.Road, TransportMode.Air, TransportMode.InlandWater];

    /// <summary>Reads a Rec 19 code as written in a message (`1`, `2`, `3`, `4`, `8`); anything else is not a mode.</summary>
    public static bool TryParseCode(ReadOnlySpan<char> code, out TransportMode mode)
    {
        mode = default;
        if (code.Length != 1)
        {
            return false;
        }

        switch (code[0])
        {
            case '1': mode = TransportMode.Maritime; return true;
            case '2': mode = TransportMode.Rail; return true;
            case '3': mode = TransportMode.Road; return true;
            case '4': mode = TransportMode.Air; return true;
            case '8': mode = TransportMode.InlandWater; return true;
            default: return false;
        }
    }

    public static char Code(this TransportMode mode) => mode switch
    {
        TransportMode.Maritime => '1',
        TransportMode.Rail => '2',
        TransportMode.Road => '3',
        TransportMode.Air => '4',
        TransportMode.InlandWater => '8',
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static CutoverUnit Unit(this TransportMode mode) => mode switch
    {
        TransportMode.Maritime => CutoverUnit.Sea,
        TransportMode.Rail => CutoverUnit.Rail,
        TransportMode.Road => CutoverUnit.Road,
        TransportMode.Air => CutoverUnit.Air,
        TransportMode.InlandWater => CutoverUnit.River,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static TransportMode Mode(this CutoverUnit unit) => unit switch
    {
        CutoverUnit.Sea => TransportMode.Maritime,
        CutoverUnit.Rail => TransportMode.Rail,
        CutoverUnit.Road => TransportMode.Road,
        CutoverUnit.Air => TransportMode.Air,
        CutoverUnit.River => TransportMode.InlandWater,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>The lower-case name used in URLs, configuration and reports: `road`, `air`, `sea`, `river`, `rail`.</summary>
    public static string Name(this CutoverUnit unit) => unit switch
    {
        CutoverUnit.Road => "road",
        CutoverUnit.Air => "air",
        CutoverUnit.Sea => "sea",
        CutoverUnit.River => "river",
        CutoverUnit.Rail => "rail",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static bool TryParseUnit(string? name, out CutoverUnit unit)
    {
        switch (name)
        {
            case "road": unit = CutoverUnit.Road; return true;
            case "air": unit = CutoverUnit.Air; return true;
            case "sea": unit = CutoverUnit.Sea; return true;
            case "river": unit = CutoverUnit.River; return true;
            case "rail": unit = CutoverUnit.Rail; return true;
            default: unit = default; return false;
        }
    }
}
