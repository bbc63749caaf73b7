using Strangler.Core.Risk.Rules;

namespace Strangler.Core.Hosting.Clearance;

/// <summary>The rule set a fresh core starts with (<c>default-ruleset.json</c>); operators replace it at run time.</summary>
public static class DefaultRuleSet
{
    public static string Json()
    {
        using var stream = typeof(DefaultRuleSet).Assembly.GetManifestResourceStream("default-ruleset.json")
            ?? throw new InvalidOperationException("default-ruleset.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static RiskRuleSet Load()
    {
        var result = RiskRuleSetJson.Load(Json());
        return result.IsValid ? result.RuleSet : throw new InvalidOperationException("default-ruleset.json: " + string.Join("; ", result.Problems));
    }
}
