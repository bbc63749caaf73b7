using Strangler.Facade.Routing;

namespace Strangler.Facade.Comparison;

/// <summary>
/// Every normalisation the comparer applies, per interface. Fields not listed are compared exactly
/// as written (received-at times included: the facade gives both systems the same one).
/// </summary>
public static class NormalisationRules
{
    private const string UnbDateTimeWhy =
        "Ignored: each system stamps its own answer interchange; the business time is DTM+182 in each message, compared exactly.";

    private const string AnswerRefWhy =
        "Format only (both R + 13 digits): each system draws the answer interchange ref from its own never-restarting sequence when the facade does not name it.";

    private const string IssuedWhy =
        "Format only (both well formed, same kind and transport mode): in canary a follow-up is answered by whichever side issued the document, and a system not told the number issues its own from its block.";

    public static IReadOnlyList<NormalisationRule> All { get; } =
    [
        .. Edifact(ContractInterface.Gets, "TDEC number"),
        .. Edifact(ContractInterface.Eman, "EMAN ref"),
        new(ContractInterface.Eman, $"CUSRES[*].{FieldNames.NoticeDocumentNumber}",
            "EMAN notices carry the EMAN ref as BGM document number: " + IssuedWhy + " Only when both sides hold an issued reference there."),
        new(ContractInterface.Rocars, $"*/{FieldNames.Ccrn}", "CCRN. " + IssuedWhy + " The facade names the CCRN only for ORIGINAL lodgements."),
        new(ContractInterface.Rocars, $"*/{FieldNames.BundleRef}", "Bundle ref. " + IssuedWhy),
        new(ContractInterface.Accs, $"line 2 ({FieldNames.AccsAcceptance}<receipt>)", "ACCS receipt number. " + IssuedWhy),
    ];

    private static NormalisationRule[] Edifact(ContractInterface contractInterface, string issuedReference) =>
    [
        new(contractInterface, FieldNames.UnbDateTime, UnbDateTimeWhy),
        new(contractInterface, FieldNames.UnbInterchangeRef, AnswerRefWhy),
        new(contractInterface, FieldNames.UnzInterchangeRef, AnswerRefWhy + " UNZ repeats the UNB ref."),
        new(contractInterface, $"CUSRES[*].{FieldNames.AnswerIssuedReference}", issuedReference + ". " + IssuedWhy),
    ];
}
