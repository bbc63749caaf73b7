using Strangler.Contracts.Checking;

namespace Strangler.CargoImp;

/// <summary>The ACCS error codes and their fixed texts (accs.md, "Error codes and texts").</summary>
public static class AccsErrors
{
    public const string UnknownMessageType = "A001";
    public const string CharacterNotAllowed = "A002";
    public const string TooLong = "A003";
    public const string OutOfPlaceOrMalformed = "A004";
    public const string CheckDigitWrong = "A010";
    public const string MandatoryMissing = "A011";
    public const string VagueDescription = "A012";
    public const string HouseTotalsMismatch = "A013";
    public const string HouseNumberRepeated = "A014";
    public const string PiecesExceeded = "A015";
    public const string PrefixNotAllowed = "A016";
    public const string UnderCustomsControl = "A020";

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        [UnknownMessageType] = "UNKNOWN MESSAGE TYPE OR VERSION",
        [CharacterNotAllowed] = "CHARACTER NOT ALLOWED",
        [TooLong] = "LINE OR MESSAGE TOO LONG",
        [OutOfPlaceOrMalformed] = "LINE OUT OF PLACE OR MALFORMED",
        [CheckDigitWrong] = "AIR WAYBILL CHECK DIGIT WRONG",
        [MandatoryMissing] = "MANDATORY LINE OR BLOCK MISSING",
        [VagueDescription] = "DESCRIPTION OF GOODS TOO VAGUE",
        [HouseTotalsMismatch] = "HOUSE TOTALS DO NOT MATCH MASTER",
        [HouseNumberRepeated] = "HOUSE WAYBILL NUMBER REPEATED",
        [PiecesExceeded] = "MANIFESTED PIECES EXCEED AIR WAYBILL PIECES",
        [PrefixNotAllowed] = "AIR WAYBILL PREFIX NOT ALLOWED FOR THIS CLIENT",
        [UnderCustomsControl] = "AIR WAYBILL UNDER CUSTOMS CONTROL, AMENDMENT REFUSED",
    };

    /// <summary>Every ACCS code, in the order of the contract's table.</summary>
    public static IReadOnlyList<string> Codes { get; } =
    [
        UnknownMessageType, CharacterNotAllowed, TooLong, OutOfPlaceOrMalformed, CheckDigitWrong, MandatoryMissing,
        VagueDescription, HouseTotalsMismatch, HouseNumberRepeated, PiecesExceeded, PrefixNotAllowed, UnderCustomsControl,
    ];

    /// <summary>The fixed text of a code; unknown codes are a programming error.</summary>
    public static string Text(string code) =>
        Texts.TryGetValue(code, out var text) ? text : throw new ArgumentOutOfRangeException(nameof(code), code, "Not an ACCS error code.");

    /// <summary>An error value with the code's fixed text; <paramref name="where"/> is for people only.</summary>
    public static ContractError Create(string code, string? where = null) => new(code, Text(code), where);

    internal static ContractError AtLine(string code, int lineNumber, string what) => Create(code, $"line {lineNumber}: {what}");
}
