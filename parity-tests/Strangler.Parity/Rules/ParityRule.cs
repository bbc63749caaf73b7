using Strangler.Facade.Routing;

namespace Strangler.Parity.Rules;

/// <summary>
/// A declared normalisation rule: which differing field of one interface's answers it covers, what
/// the difference then counts as, why, who approved it and since when.
/// </summary>
/// <param name="Interface">The interface whose answers the rule covers.</param>
/// <param name="MessageType">The request's message type (<c>CUSDEC</c>) or the answer's (<c>CSN</c>), or <c>*</c> for any.</param>
/// <param name="Field">The field name as the comparer writes it; <c>*</c> stands for any run of characters (<c>CUSRES[*].DTM+182</c>).</param>
/// <param name="RequestContains">When set, the rule applies only when the request's bytes contain this text (UTF-8).</param>
/// <param name="AnswerShows">
/// When set, the rule applies only when a difference of the same message (or, for a field outside any
/// message, of the same answer) shows exactly this value on either side (<c>ERC+E004:HKE</c>).
/// </param>
/// <param name="AnswerContains">
/// When set, the rule applies only when either answer's bytes contain this text (UTF-8); for feeds,
/// where one differing risk decision shifts every later entry.
/// </param>
/// <param name="OnlyElements">
/// When set (with <paramref name="ElementSeparator"/>), the rule applies only when both values are present, split by the
/// separator into the same number of elements, and differ only in these elements (1-based): <c>CSN/NC/…</c> against
/// <c>CSN/PX/…</c> differs in element 2 alone, a different flight in element 4 does not qualify.
/// </param>
public sealed record ParityRule(
    ContractInterface Interface,
    string MessageType,
    string Field,
    RuleTreatment Treatment,
    string Why,
    string ApprovedBy,
    DateOnly Since,
    string? RequestContains = null,
    string? AnswerShows = null,
    string? AnswerContains = null,
    string? ElementSeparator = null,
    IReadOnlyList<int>? OnlyElements = null)
{
    /// <summary>The message type that matches every message type.</summary>
    public const string AnyMessageType = "*";
}
