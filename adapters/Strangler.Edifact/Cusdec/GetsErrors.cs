using Strangler.Contracts.Checking;
using Strangler.Edifact.Checking;

namespace Strangler.Edifact.Cusdec;

/// <summary>The GETS business error codes and their fixed texts (gets.md, "Business rules").</summary>
public static class GetsErrors
{
    public static ContractError Disagreement(string? where = null) => new("E010", "FUNCTION, FORM, PARTIES OR DATES DO NOT AGREE", where);

    public static ContractError BrNumber(string? where = null) => new("E011", "BR NUMBER INVALID OR NOT AUTHORISED FOR THIS CLIENT", where);

    public static ContractError Mode(string? where = null) => EdifactErrors.Of("E012", where);

    public static ContractError Location(string? where = null) => EdifactErrors.Of("E013", where);

    public static ContractError Items(string? where = null) => new("E014", "HKHS CODE, ITEM NUMBERING OR ITEM COUNT WRONG", where);

    public static ContractError Vague(string? where = null) => EdifactErrors.Of("E015", where);

    public static ContractError AmountOrQuantity(string? where = null) => new("E016", "AMOUNT OR QUANTITY INVALID", where);

    public static ContractError DateAfterReceipt(string? where = null) => new("E017", "DATE OF IMPORT OR EXPORT IS AFTER DATE OF RECEIPT", where);

    /// <summary>Store rule (the stand-ins apply it): amendment or cancellation of an unusable TDEC number.</summary>
    public static ContractError DeclarationUnknown(string? where = null) => new("E018", "DECLARATION UNKNOWN, NOT YOURS OR CANCELLED", where);

    /// <summary>Store rule (the stand-ins apply it): an original whose LRN the declarant already used.</summary>
    public static ContractError LrnUsed(string? where = null) => new("E019", "LRN ALREADY USED BY THIS DECLARANT", where);
}
