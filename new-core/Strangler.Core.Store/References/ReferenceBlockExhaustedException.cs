namespace Strangler.Core.Store.References;

/// <summary>Every number of the new-core block of a sequence and day is issued; issuing one more would enter another block.</summary>
public sealed class ReferenceBlockExhaustedException(string name, DateOnly day, int width)
    : InvalidOperationException($"The new-core block of reference sequence '{name}' on {day:yyyy-MM-dd} ({width} digits) is exhausted.")
{
    public string Name { get; } = name;

    public DateOnly Day { get; } = day;

    public int Width { get; } = width;
}
