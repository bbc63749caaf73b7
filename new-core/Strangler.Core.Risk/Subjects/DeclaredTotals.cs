namespace Strangler.Core.Risk.Subjects;

/// <summary>The totals the document declares, as given (not recomputed from the lines).</summary>
public sealed record DeclaredTotals(int? Packages, decimal? GrossWeightKg, decimal? ValueHkd)
{
    public static DeclaredTotals None { get; } = new(null, null, null);
}
