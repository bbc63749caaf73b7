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
    IReadOnlyList<ChangeLogEntry> ChangeLog)
{
    /// <summary>Store-parity runs of the unit in the period (none when the report covers answers only).</summary>
    public IReadOnlyList<Data.DataParityRun> DataParity { get; init; } = [];

    /// <summary>The head of the whole cut-over change log (all units) at generation; null when none was read.</summary>
    public ChangeLogHead? ChangeLogHead { get; init; }
}
