using Strangler.Contracts.Checking;

namespace Strangler.Edifact.Checking;

/// <summary>The error codes and fixed texts shared by GETS and EMAN (edifact.md, "Error codes and texts").</summary>
public static class EdifactErrors
{
    public const string Envelope = "E001";
    public const string Character = "E002";
    public const string Trailer = "E003";
    public const string Segment = "E004";
    public const string Missing = "E005";
    public const string Format = "E006";
    public const string MessageType = "E007";
    public const string ReferenceReused = "E008";

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        [Envelope] = "INTERCHANGE ENVELOPE INVALID",
        [Character] = "CHARACTER NOT ALLOWED OR NOT RELEASED",
        [Trailer] = "UNT SEGMENT COUNT OR MESSAGE REFERENCE WRONG",
        [Segment] = "SEGMENT UNKNOWN, MISPLACED OR REPEATED",
        [Missing] = "MANDATORY SEGMENT OR DATA ELEMENT MISSING",
        [Format] = "DATA ELEMENT TOO LONG OR WRONG FORMAT",
        [MessageType] = "MESSAGE TYPE OR ASSOCIATION CODE NOT SUPPORTED",
        [ReferenceReused] = "REFERENCE ALREADY USED FOR A DIFFERENT MESSAGE",
        ["E012"] = "MODE OF TRANSPORT NOT ALLOWED",
        ["E013"] = "COUNTRY OR LOCATION CODE INVALID",
        ["E015"] = "GOODS DESCRIPTION TOO VAGUE",
    };

    /// <summary>The shared codes with their texts.</summary>
    public static IReadOnlyDictionary<string, string> All => Texts;

    /// <summary>An error with a shared code; throws for a code that is not shared (a programming error).</summary>
    public static ContractError Of(string code, string? where = null) =>
        Texts.TryGetValue(code, out var text)
            ? new ContractError(code, text, where)
            : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a shared EDIFACT error code.");
}
