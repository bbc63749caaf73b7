namespace Strangler.Core.Model.Consignments;

/// <summary>A statistical quantity with its UN/ECE Rec 20 unit (<c>PCE</c>, <c>KGM</c>).</summary>
public sealed record Quantity(decimal Amount, string Unit);
