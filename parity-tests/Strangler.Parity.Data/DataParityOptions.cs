namespace Strangler.Parity.Data;

/// <summary>How far to bisect: ranges at or below <see cref="BisectionThreshold"/> records are compared record by record.</summary>
public sealed record DataParityOptions
{
    /// <summary>Largest range (records on the larger side) compared row by row rather than split again.</summary>
    public int BisectionThreshold { get; init; } = 10_000;

    /// <summary>Number of sub-ranges a mismatching range is cut into.</summary>
    public int FanOut { get; init; } = 32;

    /// <summary>Bisection depth after which a range is compared row by row whatever its size (guards degenerate keys).</summary>
    public int MaxDepth { get; init; } = 24;

    /// <summary>Measures the elapsed time; tests may pass a fake.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BisectionThreshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(FanOut, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 0);
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
