namespace Strangler.Edifact.Cusdec;

/// <summary>
/// What the stand-ins need to apply the GETS store rules: the identity an LRN is reserved under
/// (<c>E019</c>), and whether an amendment or cancellation keeps the current version's fields (<c>E010</c>).
/// </summary>
public static class GetsStoreFacts
{
    /// <summary><c>I</c> for import forms, <c>E</c> for export forms, empty for an unknown form.</summary>
    public static string Family(string formCode) =>
        GetsCodes.IsImportForm(formCode) ? "I" : GetsCodes.IsExportForm(formCode) ? "E" : string.Empty;

    /// <summary>An amendment keeps the original's LRN, import/export family, mode and declarant.</summary>
    public static bool AmendmentKeepsFields(Declaration current, Declaration amendment)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(amendment);
        return amendment.Lrn == current.Lrn && Family(amendment.FormCode) == Family(current.FormCode) &&
            amendment.ModeCode == current.ModeCode && amendment.Declarant.BrNumber == current.Declarant.BrNumber;
    }

    /// <summary>A cancellation names the current version's LRN, form family and declarant BR.</summary>
    public static bool CancellationMatches(Declaration current, Declaration cancellation)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(cancellation);
        return cancellation.Lrn == current.Lrn && Family(cancellation.FormCode) == Family(current.FormCode) &&
            cancellation.Declarant.BrNumber == current.Declarant.BrNumber;
    }
}
