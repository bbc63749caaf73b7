using Strangler.Contracts.CodeLists;

namespace Strangler.Parity.Reports;

/// <summary>Everything one auditor report shows: the findings of one cut-over unit over one period, the gates and the stage change log.</summary>
public sealed record ParityReportInput(
    CutoverUnit Unit,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ParityFinding> Findings,
    IReadOnlyList<GateCheck> GateStatus,
    IReadOnlyList<ChangeLogEntry> ChangeLog);
