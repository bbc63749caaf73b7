using Strangler.Facade.Routing;

namespace Strangler.Facade.Comparison.Tests;

public sealed class NormalisationRulesTests
{
    [Fact]
    public void The_declared_rules_are_exactly_these_fields()
    {
        Assert.Equal(
            [
                (ContractInterface.Gets, "UNB.4"),
                (ContractInterface.Gets, "UNB.5"),
                (ContractInterface.Gets, "UNZ.2"),
                (ContractInterface.Gets, "CUSRES[*].RFF+ABT"),
                (ContractInterface.Eman, "UNB.4"),
                (ContractInterface.Eman, "UNB.5"),
                (ContractInterface.Eman, "UNZ.2"),
                (ContractInterface.Eman, "CUSRES[*].RFF+ABT"),
                (ContractInterface.Eman, "CUSRES[*].BGM"),
                (ContractInterface.Rocars, "*/Ccrn"),
                (ContractInterface.Rocars, "*/BundleRef"),
                (ContractInterface.Accs, "line 2 (ACK/ACCEPTED/<receipt>)"),
            ],
            NormalisationRules.All.Select(r => (r.Interface, r.Field)));
    }

    [Fact]
    public void Every_rule_says_why()
    {
        Assert.All(NormalisationRules.All, r => Assert.True(r.Why.Length > 20, r.Field));
    }

    [Fact]
    public void Every_interface_has_at_least_one_rule()
    {
        Assert.Equal(ContractInterfaces.All, NormalisationRules.All.Select(r => r.Interface).Distinct());
    }
}
