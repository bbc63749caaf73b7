namespace Strangler.Core.Risk.Rules;

/// <summary>One reason a rule set is refused: where (a JSON path such as <c>$.rules[2].channel</c>) and what.</summary>
public sealed record RuleSetProblem(string Where, string Text)
{
    public override string ToString() => $"{Where}: {Text}";
}
