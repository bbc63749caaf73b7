namespace Strangler.Edifact.Syntax;

/// <summary>
/// FTX element 4: 1 to 4 components of at most 70 characters whose value is their concatenation
/// (at most 280 characters).
/// </summary>
public static class FreeText
{
    public const int ComponentLength = 70;
    public const int MaxComponents = 4;
    public const int MaxLength = ComponentLength * MaxComponents;

    /// <summary>The value of FTX element 4: its components joined without a separator.</summary>
    public static string Join(Segment ftx)
    {
        ArgumentNullException.ThrowIfNull(ftx);
        return string.Concat(ftx.Components(4));
    }

    /// <summary>Splits a value into 70-character components for writing (a programming error beyond 280).</summary>
    public static string?[] Split(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > MaxLength)
        {
            throw new ArgumentException("Free text holds at most 280 characters.", nameof(value));
        }

        var parts = new string?[(value.Length + ComponentLength - 1) / ComponentLength];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = value.Substring(i * ComponentLength, Math.Min(ComponentLength, value.Length - (i * ComponentLength)));
        }

        return parts;
    }
}
