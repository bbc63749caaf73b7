namespace Strangler.CargoImp;

/// <summary>The three Cargo-IMP messages ACCS accepts, each in the one version the contract allows.</summary>
public enum CargoImpMessageType
{
    /// <summary><c>FWB/16</c>: air waybill data.</summary>
    Fwb,

    /// <summary><c>FHL/5</c>: house manifest of a consolidation.</summary>
    Fhl,

    /// <summary><c>FFM/8</c>: one part of a flight manifest.</summary>
    Ffm,
}

public static class CargoImpMessageTypes
{
    /// <summary>Line 1 of the message: <c>FWB/16</c>, <c>FHL/5</c>, <c>FFM/8</c>.</summary>
    public static string Identifier(this CargoImpMessageType type) => type switch
    {
        CargoImpMessageType.Fwb => "FWB/16",
        CargoImpMessageType.Fhl => "FHL/5",
        CargoImpMessageType.Ffm => "FFM/8",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The three-letter name: <c>FWB</c>, <c>FHL</c>, <c>FFM</c>.</summary>
    public static string Name(this CargoImpMessageType type) => type.Identifier()[..3];

    public static bool TryParseIdentifier(string line, out CargoImpMessageType type)
    {
        switch (line)
        {
            case "FWB/16": type = CargoImpMessageType.Fwb; return true;
            case "FHL/5": type = CargoImpMessageType.Fhl; return true;
            case "FFM/8": type = CargoImpMessageType.Ffm; return true;
            default: type = default; return false;
        }
    }
}
