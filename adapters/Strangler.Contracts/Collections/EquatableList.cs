using System.Collections;

namespace Strangler.Contracts.Collections;

/// <summary>
/// A read-only list that compares by its items, so that message models holding lists compare as values
/// (decode → encode → decode gives an equal model).
/// </summary>
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] items;

    public EquatableList(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = items.ToArray();
    }

    public static EquatableList<T> Empty { get; } = new([]);

    public int Count => items.Length;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public bool Equals(EquatableList<T>? other) =>
        other is not null && items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}

/// <summary>Creation helpers (collection expressions and LINQ).</summary>
public static class EquatableList
{
    public static EquatableList<T> ToEquatableList<T>(this IEnumerable<T> items) => new(items);

    public static EquatableList<T> Of<T>(params T[] items) => new(items);
}
