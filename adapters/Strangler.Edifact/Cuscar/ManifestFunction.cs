namespace Strangler.Edifact.Cuscar;

/// <summary>The message function of a manifest (BGM element 3).</summary>
public enum ManifestFunction
{
    /// <summary><c>9</c>: a new manifest for a trip.</summary>
    Original,

    /// <summary><c>5</c>: a complete manifest replacing the current version of an EMAN ref.</summary>
    Amendment,

    /// <summary><c>1</c>: cancels an EMAN ref; only the header up to DTM 132/133 is sent.</summary>
    Cancellation,
}

/// <summary>The statement a manifest is (GIS+…:HKM).</summary>
public enum StatementType
{
    /// <summary><c>S1</c>: lodged for Customs clearance, normally before arrival.</summary>
    Statement1,

    /// <summary><c>S2</c>: post-arrival/post-departure manifest, due within 14 days after the event.</summary>
    Statement2,
}

/// <summary>Conversions between the coded values and the enums.</summary>
public static class ManifestCodes
{
    public static string Code(this ManifestFunction function) => function switch
    {
        ManifestFunction.Original => "9",
        ManifestFunction.Amendment => "5",
        ManifestFunction.Cancellation => "1",
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, null),
    };

    public static bool TryParseFunction(ReadOnlySpan<char> code, out ManifestFunction function)
    {
        switch (code)
        {
            case "9": function = ManifestFunction.Original; return true;
            case "5": function = ManifestFunction.Amendment; return true;
            case "1": function = ManifestFunction.Cancellation; return true;
            default: function = default; return false;
        }
    }

    public static string Code(this StatementType statement) => statement switch
    {
        StatementType.Statement1 => "S1",
        StatementType.Statement2 => "S2",
        _ => throw new ArgumentOutOfRangeException(nameof(statement), statement, null),
    };

    public static bool TryParseStatement(ReadOnlySpan<char> code, out StatementType statement)
    {
        switch (code)
        {
            case "S1": statement = StatementType.Statement1; return true;
            case "S2": statement = StatementType.Statement2; return true;
            default: statement = default; return false;
        }
    }

    /// <summary>GIS direction code of an import (arrival) manifest.</summary>
    public const string Import = "IM";

    /// <summary>GIS direction code of an export (departure) manifest.</summary>
    public const string Export = "EX";

    /// <summary>DTM qualifier of the arrival date and time.</summary>
    public const string Arrival = "132";

    /// <summary>DTM qualifier of the departure date and time.</summary>
    public const string Departure = "133";

    /// <summary>DTM qualifier of the document date and time.</summary>
    public const string DocumentDate = "137";

    /// <summary>RFF qualifier of a master bill of lading.</summary>
    public const string MasterBillOfLading = "MB";

    /// <summary>RFF qualifier of a master air waybill.</summary>
    public const string MasterAirWaybill = "MWB";
}
