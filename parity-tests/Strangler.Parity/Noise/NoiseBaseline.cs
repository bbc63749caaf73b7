using System.Globalization;
using System.Text.RegularExpressions;
using Strangler.Facade.Comparison;
using Strangler.Facade.Routing;
using Strangler.Parity.Classification;
using Strangler.Parity.Rules;

namespace Strangler.Parity.Noise;

/// <summary>
/// The noise baseline, in the manner of Diffy: the same request answered twice by the same (legacy)
/// system; whatever still differs after the comparer's normalisations is noise, proposed as an
/// ignore rule for someone to approve. Fields that never differ are not proposed.
/// </summary>
public static partial class NoiseBaseline
{
    /// <param name="iface">The interface the answers belong to.</param>
    /// <param name="pairs">Two answers of one system to each replayed request.</param>
    /// <param name="proposedOn">The Hong Kong date written as the proposals' since.</param>
    public static IReadOnlyList<NoiseProposal> Propose(
        ContractInterface iface,
        IEnumerable<(ParityAnswer First, ParityAnswer Second)> pairs,
        DateOnly proposedOn)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var samples = 0;
        // Keyed by message type and generalised field, in order of first sight so the proposals read like the answers.
        var counts = new Dictionary<(string Type, string Field), int>();
        var order = new List<(string Type, string Field)>();
        foreach (var (first, second) in pairs)
        {
            samples++;
            var comparison = AnswerComparer.Compare(iface, first.Status, first.Body.Span, second.Status, second.Body.Span);
            var type = comparison.MessageType ?? ParityRule.AnyMessageType;
            foreach (var field in comparison.Differences.Select(d => Generalise(d.Field)).Distinct(StringComparer.Ordinal))
            {
                var key = (type, field);
                if (counts.TryGetValue(key, out var n))
                {
                    counts[key] = n + 1;
                }
                else
                {
                    counts[key] = 1;
                    order.Add(key);
                }
            }
        }

        return order.Select(key => new NoiseProposal(
                new ParityRule(iface, key.Type, key.Field, RuleTreatment.Ignore, Why(counts[key], samples), string.Empty, proposedOn),
                counts[key],
                samples))
            .ToList();
    }

    /// <summary>Message refs and feed entry numbers become <c>*</c>: noise in one message is noise in every message.</summary>
    internal static string Generalise(string field)
    {
        var scope = FieldPattern.MessageScope(field);
        if (scope.Length == 0)
        {
            return field;
        }

        var general = scope.StartsWith("entry ", StringComparison.Ordinal) ? "entry *" : MessageRef().Replace(scope, "[*]");
        return general + field[scope.Length..];
    }

    private static string Why(int differing, int samples) =>
        string.Create(CultureInfo.InvariantCulture, $"differs legacy against legacy in {differing} of {samples} samples");

    [GeneratedRegex(@"\[[^\]]*\]$")]
    private static partial Regex MessageRef();
}
