namespace Strangler.Parity.Rules;

/// <summary>A rules file that cannot be used; <see cref="Faults"/> lists every fault found, one per line of the message.</summary>
public sealed class ParityRulesException(IReadOnlyList<string> faults)
    : Exception("Parity rules refused:" + Environment.NewLine + string.Join(Environment.NewLine, faults))
{
    public IReadOnlyList<string> Faults { get; } = faults;
}
