namespace Strangler.Core.Model.Declarations;

/// <summary>The money a TDEC attracts (gets.md): declaration charge, late lodgement penalty, clothing levy (form 2A).</summary>
public enum ChargeKind
{
    DeclarationCharge,
    LatePenalty,
    ClothingLevy,
}
