namespace Strangler.Facade.Comparison;

/// <summary>
/// One field of an answer: its name, its value as written (shown in a difference) and the form that
/// is compared (the value itself, or its normalised form under a declared rule).
/// </summary>
internal readonly record struct ComparedField(string Name, string Shown, string Compared)
{
    public static ComparedField Exact(string name, string value) => new(name, value, value);
}
