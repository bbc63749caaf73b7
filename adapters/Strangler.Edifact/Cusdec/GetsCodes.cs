namespace Strangler.Edifact.Cusdec;

/// <summary>The message function of a declaration (BGM element 3).</summary>
public enum DeclarationFunction
{
    /// <summary><c>9</c>, and any code that is not 9, 5 or 1 (which is <c>E010</c> and then checked as an original).</summary>
    Original,

    /// <summary><c>5</c>: replaces the current version of a TDEC number.</summary>
    Amendment,

    /// <summary><c>1</c>: cancels a TDEC number.</summary>
    Cancellation,
}

/// <summary>The coded values of the CUSDEC subset and what they mean.</summary>
public static class GetsCodes
{
    public const string DocumentCode = "830";
    public const string ImportDate = "132";
    public const string ExportDate = "133";
    public const string DocumentDate = "137";
    public const string Importer = "IM";
    public const string Exporter = "EX";
    public const string Declarant = "DT";
    public const string ImportValue = "38";
    public const string ExportValue = "39";
    public const string PreShipment = "PS";

    /// <summary>Import forms 1, 1A, 1B; export forms 2, 2A, 2B.</summary>
    public static IReadOnlyList<string> Forms { get; } = ["1", "1A", "1B", "2", "2A", "2B"];

    public static IReadOnlyList<string> TransportDocumentQualifiers { get; } = ["BM", "AWB", "CCN", "MRN"];

    /// <summary>How phases 3 and 4 treat a function code: 5 and 1 as themselves, everything else as an original.</summary>
    public static DeclarationFunction FunctionOf(string code) => code switch
    {
        "5" => DeclarationFunction.Amendment,
        "1" => DeclarationFunction.Cancellation,
        _ => DeclarationFunction.Original,
    };

    public static bool IsFunction(string code) => code is "9" or "5" or "1";

    public static string Code(this DeclarationFunction function) => function switch
    {
        DeclarationFunction.Original => "9",
        DeclarationFunction.Amendment => "5",
        DeclarationFunction.Cancellation => "1",
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, null),
    };

    public static bool IsForm(string form) => Forms.Contains(form);

    public static bool IsImportForm(string form) => form is "1" or "1A" or "1B";

    public static bool IsExportForm(string form) => form is "2" or "2A" or "2B";
}
