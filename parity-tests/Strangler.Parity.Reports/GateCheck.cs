namespace Strangler.Parity.Reports;

/// <summary>One gate of the next stage as it stood when the report was made; Required and Actual are display text (`≥ 99.9 %`).</summary>
public sealed record GateCheck(string Name, string Required, string Actual, bool Passed);
