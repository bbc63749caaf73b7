namespace Strangler.Facade.Gates;

/// <summary>One gate: what is required, what was measured, whether it passes. <paramref name="Evaluated"/> false: no evidence source yet.</summary>
public sealed record GateCheck(string Name, string Required, string Actual, bool Passed, bool Evaluated);
