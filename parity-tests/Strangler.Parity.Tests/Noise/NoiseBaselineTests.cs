using Strangler.Facade.Routing;
using Strangler.Parity.Classification;
using Strangler.Parity.Noise;
using Strangler.Parity.Rules;
using static Strangler.Parity.Tests.Answers;

namespace Strangler.Parity.Tests.Noise;

public sealed class NoiseBaselineTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Proposes_exactly_the_field_that_differs_legacy_against_legacy_with_its_count()
    {
        var answer = GetsAccepted(LegacyRef, "TD42611270000001", "7.00");
        var restamped = answer.Replace("DTM+182:202611270900:203", "DTM+182:202611270901:203", StringComparison.Ordinal);
        (ParityAnswer, ParityAnswer)[] pairs = [(Ok(answer), Ok(restamped)), (Ok(answer), Ok(answer)), (Ok(answer), Ok(restamped))];

        var proposal = Assert.Single(NoiseBaseline.Propose(ContractInterface.Gets, pairs, Today));

        Assert.Equal(
            new ParityRule(ContractInterface.Gets, "CUSRES", "CUSRES[*].DTM+182", RuleTreatment.Ignore,
                "differs legacy against legacy in 2 of 3 samples", string.Empty, Today),
            proposal.Rule);
        Assert.Equal((2, 3), (proposal.DifferingSamples, proposal.Samples));
    }

    [Fact]
    public void Identical_replays_propose_nothing()
    {
        var answer = Ok(Csn("NC"));

        Assert.Empty(NoiseBaseline.Propose(ContractInterface.Accs, [(answer, answer), (answer, answer)], Today));
    }

    [Theory]
    [InlineData("CUSRES[M1].DTM+182", "CUSRES[*].DTM+182")]
    [InlineData("CUSRES[M7].ERC[2]", "CUSRES[*].ERC[2]")]
    [InlineData("entry 3 line 3", "entry * line 3")]
    [InlineData("UNZ.1", "UNZ.1")]
    [InlineData("AciResponse/ReceivedAt", "AciResponse/ReceivedAt")]
    public void Message_refs_and_feed_entries_are_generalised(string field, string expected) =>
        Assert.Equal(expected, NoiseBaseline.Generalise(field));
}
