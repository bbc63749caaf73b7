using Strangler.Facade.Routing;

namespace Strangler.Facade.Comparison;

/// <summary>
/// A declared normalisation: a field of one interface's answers that the comparer does not compare
/// as written, and why. <c>*</c> in <see cref="Field"/> stands for any message ref or path.
/// </summary>
public sealed record NormalisationRule(ContractInterface Interface, string Field, string Why);
