namespace Strangler.Parity.Reports.Data;

/// <summary>A legacy record that could not be mapped to the canonical form, with the reason.</summary>
public sealed record QuarantineFinding(string Interface, string LegacyKey, string? Day, string Reason);
