using Strangler.Contracts.Checking;

namespace Strangler.RocarsXml;

/// <summary>
/// The ROCARS error codes with their fixed texts (rocars.md, "Checks, order and error texts"), and
/// how the codes of one answer are put together.
/// </summary>
public static class RocarsErrors
{
    public const string R001 = "R001";
    public const string R002 = "R002";
    public const string R003 = "R003";
    public const string R010 = "R010";
    public const string R011 = "R011";
    public const string R012 = "R012";
    public const string R013 = "R013";
    public const string R020 = "R020";
    public const string R021 = "R021";
    public const string R030 = "R030";
    public const string R031 = "R031";
    public const string R032 = "R032";
    public const string R033 = "R033";
    public const string R034 = "R034";
    public const string R040 = "R040";
    public const string R041 = "R041";

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        [R001] = "The message is not well-formed or does not match the layout.",
        [R002] = "Unknown element, or element not allowed with this Function.",
        [R003] = "MessageId already used with a different body.",
        [R010] = "ExpectedCrossing must be 30 minutes to 14 days after receipt.",
        [R011] = "Unknown control point.",
        [R012] = "Article description is too vague.",
        [R013] = "HsCode must have 8 digits; weight and value must be positive.",
        [R020] = "CCRN unknown, not yours, or cancelled.",
        [R021] = "CCRN is in a bundle; unbundle it first.",
        [R030] = "ExpectedArrival must be at least 30 minutes after receipt.",
        [R031] = "CCRN unknown, cancelled, or already in a live bundle.",
        [R032] = "CCRN direction or control point differs from the bundle.",
        [R033] = "Vrn is not a valid Hong Kong registration mark.",
        [R034] = "Bundle unknown, not yours, or not live.",
        [R040] = "Only the Mainland single window may use this service, with Source CNSW.",
        [R041] = "Client not allowed for this operation.",
    };

    /// <summary>Every code the contract defines, ascending.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Texts.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The fixed text of a code; an unknown code is a programming error.</summary>
    public static string Text(string code) =>
        Texts.TryGetValue(code, out var text) ? text : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a ROCARS error code.");

    public static ContractError Error(string code, string? where = null) => new(code, Text(code), where);

    /// <summary>R001, R002, R003, R040 and R041 are reported alone; the store rules must not run after them.</summary>
    public static bool IsReportedAlone(string code) => code is R001 or R002 or R003 or R040 or R041;

    /// <summary>False when the answer is R001 or R003: such answers are not recorded and the request may be resent.</summary>
    public static bool IsRecorded(IReadOnlyList<ContractError> answerErrors) =>
        answerErrors.Count == 0 || answerErrors[0].Code is not (R001 or R003);

    /// <summary>
    /// The errors of one answer from the stateless field errors and the store's errors: a code
    /// reported alone wins (the first one, in check order), otherwise every code once, ascending.
    /// </summary>
    public static IReadOnlyList<ContractError> Combine(IEnumerable<ContractError> fieldErrors, IEnumerable<ContractError> storeErrors)
    {
        var all = fieldErrors.Concat(storeErrors).ToList();
        var alone = all.Where(e => IsReportedAlone(e.Code)).OrderBy(e => AloneRank(e.Code)).FirstOrDefault();
        if (alone is not null)
        {
            return [alone];
        }

        return [.. all.DistinctBy(e => e.Code).OrderBy(e => e.Code, StringComparer.Ordinal)];
    }

    // Check order of the codes reported alone: R001, R002, R041/R040, R003.
    private static int AloneRank(string code) => code switch
    {
        R001 => 0,
        R002 => 1,
        R040 or R041 => 2,
        _ => 3,
    };
}
