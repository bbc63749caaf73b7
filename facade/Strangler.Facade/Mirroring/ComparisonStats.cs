namespace Strangler.Facade.Mirroring;

public sealed class ComparisonStats
{
    public long Total { get; init; }

    public long Equal { get; init; }

    public long Different { get; init; }

    public long SecondaryFailed { get; init; }

    public long LegacyErrors { get; init; }

    public long CoreErrors { get; init; }

    /// <summary>Equal among those both systems answered.</summary>
    public double ParityRate => Equal + Different == 0 ? 0 : (double)Equal / (Equal + Different);

    public double LegacyErrorRate => Total == 0 ? 0 : (double)LegacyErrors / Total;

    public double CoreErrorRate => Total == 0 ? 0 : (double)CoreErrors / Total;
}
