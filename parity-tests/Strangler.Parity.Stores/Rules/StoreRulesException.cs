namespace Strangler.Parity.Stores.Rules;

/// <summary>A store rules file that does not validate; <see cref="Faults"/> lists every fault found.</summary>
public sealed class StoreRulesException(IReadOnlyList<string> faults)
    : Exception("The store rules are not valid: " + string.Join("; ", faults))
{
    public IReadOnlyList<string> Faults { get; } = faults;
}
