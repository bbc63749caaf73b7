using Strangler.Contracts.CodeLists;

namespace Strangler.Core.Risk.Subjects;

/// <summary>
/// The risk engine's own projection of a consignment or bundle: only what rules look at, so the
/// engine does not depend on the canonical model's shape.
/// </summary>
/// <param name="Reference">The subject's reference (transport document number, CCRN or bundle ref); with the kind it identifies the subject.</param>
public sealed record RiskSubject(
    SubjectKind Kind,
    string Reference,
    TransportMode Mode,
    TradeDirection Direction,
    SubjectRoute Route,
    IReadOnlyList<SubjectParty> Parties,
    IReadOnlyList<GoodsLine> Goods,
    DeclaredTotals Totals,
    DateTimeOffset ReceivedAt);
