using FsCheck.Xunit;
using Strangler.Facade.Routing;
using Strangler.Parity.Classification;
using Strangler.Parity.Rules;
using static Strangler.Parity.Tests.Answers;

namespace Strangler.Parity.Tests.Classification;

public sealed class NeverThrowsProperties
{
    private static readonly byte[] Accepted = System.Text.Encoding.UTF8.GetBytes(GetsAccepted(LegacyRef, "TD42611270000001", "7.00"));

    [Property(MaxTest = 300)]
    public bool Random_bytes_never_throw_and_the_class_is_the_worst_difference(byte[] primary, byte[] secondary, int which)
    {
        var iface = (ContractInterface)(Math.Abs(which % 4));
        var finding = ParityClassifier.Classify(iface, null, primary ?? [], new ParityAnswer(200, primary ?? []), new ParityAnswer(200, secondary ?? []), ParityRuleSet.Declared);
        var worst = finding.Differences.Count == 0 ? ParityClass.Match : finding.Differences.Max(d => d.Class);
        return finding.Class == worst;
    }

    [Property(MaxTest = 300)]
    public bool A_mutated_answer_never_throws_and_differs_from_the_original_or_matches(byte position, byte value)
    {
        var mutated = (byte[])Accepted.Clone();
        mutated[position % mutated.Length] = value;
        var finding = ParityClassifier.Classify(ContractInterface.Gets, "CUSDEC", [], new ParityAnswer(200, Accepted), new ParityAnswer(200, mutated), ParityRuleSet.Declared);
        return finding.Class is ParityClass.Match == (finding.Differences.Count == 0 || finding.Differences.All(d => d.Class == ParityClass.Match));
    }
}
