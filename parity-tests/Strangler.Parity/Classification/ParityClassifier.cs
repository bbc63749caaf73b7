using System.Text;
using Strangler.Facade.Comparison;
using Strangler.Facade.Routing;
using Strangler.Parity.Rules;

namespace Strangler.Parity.Classification;

/// <summary>
/// Classes the two answers to one request: the facade's <see cref="AnswerComparer"/> lists the
/// differing fields after the format-only normalisations, then each difference takes the treatment
/// of the first declared rule that matches it; a difference no rule matches is a mismatch.
/// </summary>
public static class ParityClassifier
{
    /// <param name="iface">The interface of the request.</param>
    /// <param name="requestMessageType">The request's message type (<c>CUSDEC</c>, <c>FWB</c> …); null for a GET.</param>
    /// <param name="request">The request body (empty for a GET); rules with <c>requestContains</c> look into it.</param>
    /// <param name="primary">The answer the client received.</param>
    /// <param name="secondary">The other system's answer.</param>
    /// <param name="rules">The declared rules, first match wins.</param>
    public static ParityFinding Classify(
        ContractInterface iface,
        string? requestMessageType,
        ReadOnlySpan<byte> request,
        ParityAnswer primary,
        ParityAnswer secondary,
        ParityRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var comparison = AnswerComparer.Compare(iface, primary.Status, primary.Body.Span, secondary.Status, secondary.Body.Span);
        if (comparison.Differences.Count == 0)
        {
            return new ParityFinding(ParityClass.Match, [], comparison.MessageType);
        }

        var candidates = new List<ParityRule>();
        foreach (var rule in rules.Rules)
        {
            if (rule.Interface == iface && AppliesToMessage(rule.MessageType, requestMessageType, comparison.MessageType) &&
                (rule.RequestContains is null || Contains(request, rule.RequestContains)) &&
                (rule.AnswerContains is null || Contains(primary.Body.Span, rule.AnswerContains) || Contains(secondary.Body.Span, rule.AnswerContains)))
            {
                candidates.Add(rule);
            }
        }

        var classified = new List<ClassifiedDifference>(comparison.Differences.Count);
        var worst = ParityClass.Match;
        foreach (var difference in comparison.Differences)
        {
            var rule = candidates.FirstOrDefault(r => Matches(r, difference, comparison.Differences));
            var parityClass = rule is null ? ParityClass.Mismatch : ClassOf(rule.Treatment);
            classified.Add(new ClassifiedDifference(difference.Field, difference.Primary, difference.Secondary, parityClass, rule));
            worst = parityClass > worst ? parityClass : worst;
        }

        return new ParityFinding(worst, classified, comparison.MessageType);
    }

    private static bool AppliesToMessage(string ruleType, string? requestType, string? answerType) =>
        ruleType == ParityRule.AnyMessageType ||
        string.Equals(ruleType, requestType, StringComparison.Ordinal) ||
        string.Equals(ruleType, answerType, StringComparison.Ordinal);

    private static bool Matches(ParityRule rule, AnswerDifference difference, IReadOnlyList<AnswerDifference> all)
    {
        if (!FieldPattern.Matches(rule.Field, difference.Field) || !DiffersOnlyInElements(rule, difference))
        {
            return false;
        }

        if (rule.AnswerShows is not { } shown)
        {
            return true;
        }

        // The condition looks at the difference's own message, so one queued message does not excuse its neighbours.
        var scope = FieldPattern.MessageScope(difference.Field);
        return all.Any(d =>
            (scope.Length == 0 || FieldPattern.MessageScope(d.Field) == scope) &&
            (string.Equals(d.Primary, shown, StringComparison.Ordinal) || string.Equals(d.Secondary, shown, StringComparison.Ordinal)));
    }

    private static bool DiffersOnlyInElements(ParityRule rule, AnswerDifference difference)
    {
        if (rule.ElementSeparator is not { Length: 1 } separator || rule.OnlyElements is not { } allowed)
        {
            return true;
        }

        if (difference.Primary is not { } primary || difference.Secondary is not { } secondary)
        {
            return false;
        }

        var left = primary.Split(separator[0]);
        var right = secondary.Split(separator[0]);
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!string.Equals(left[i], right[i], StringComparison.Ordinal) && !allowed.Contains(i + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static ParityClass ClassOf(RuleTreatment treatment) => treatment switch
    {
        RuleTreatment.Ignore => ParityClass.Match,
        RuleTreatment.Intended => ParityClass.Intended,
        RuleTreatment.RiskOutcome => ParityClass.RiskOutcome,
        _ => ParityClass.Mismatch,
    };

    private static bool Contains(ReadOnlySpan<byte> request, string text) => request.IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
