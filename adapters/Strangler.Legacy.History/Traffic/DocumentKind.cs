namespace Strangler.Legacy.History.Traffic;

/// <summary>What one generated document is.</summary>
public enum DocumentKind
{
    Declaration,
    DeclarationAmendment,
    DeclarationCancellation,
    Statement1,
    Statement2,
    ManifestAmendment,
    ManifestCancellation,
    Aci,
    AciAmendment,
    AciCancellation,
    Bundle,
    Fwb,
    FwbReplacement,
    Fhl,
    Ffm,
}

/// <summary>Which kinds amend or cancel an earlier document.</summary>
public static class DocumentKinds
{
    public static bool IsAmendment(this DocumentKind kind) =>
        kind is DocumentKind.DeclarationAmendment or DocumentKind.ManifestAmendment or DocumentKind.AciAmendment or DocumentKind.FwbReplacement;

    public static bool IsCancellation(this DocumentKind kind) =>
        kind is DocumentKind.DeclarationCancellation or DocumentKind.ManifestCancellation or DocumentKind.AciCancellation;
}
