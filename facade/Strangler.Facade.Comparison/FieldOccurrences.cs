namespace Strangler.Facade.Comparison;

/// <summary>
/// Numbers repeated names in one scope: the first occurrence keeps the name, later ones get
/// <c>[2]</c>, <c>[3]</c> …, so that the n-th occurrence on one side meets the n-th on the other.
/// </summary>
internal sealed class FieldOccurrences
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public string Next(string name)
    {
        var n = counts.TryGetValue(name, out var seen) ? seen + 1 : 1;
        counts[name] = n;
        return n == 1 ? name : $"{name}[{n}]";
    }

    public void Clear() => counts.Clear();
}
