namespace Strangler.Core.Model.Declarations;

/// <summary>One amount charged on a declaration, in HKD.</summary>
public sealed record Charge(ChargeKind Kind, decimal AmountHkd);
