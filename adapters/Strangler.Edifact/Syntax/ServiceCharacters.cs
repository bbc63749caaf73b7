namespace Strangler.Edifact.Syntax;

/// <summary>
/// The six characters of a service string advice (<c>UNA</c>): component separator, element
/// separator, decimal mark, release character, reserved, segment terminator.
/// </summary>
public readonly record struct ServiceCharacters(
    char ComponentSeparator,
    char ElementSeparator,
    char DecimalMark,
    char ReleaseCharacter,
    char Reserved,
    char SegmentTerminator)
{
    /// <summary>The defaults without UNA, and the only ones an answer ever uses: <c>:+.? '</c>.</summary>
    public static ServiceCharacters Default { get; } = new(':', '+', '.', '?', ' ', '\'');

    /// <summary>The six characters as written after <c>UNA</c>.</summary>
    public override string ToString() =>
        new([ComponentSeparator, ElementSeparator, DecimalMark, ReleaseCharacter, Reserved, SegmentTerminator]);

    /// <summary>
    /// True when the separators, release character and terminator are four different characters and
    /// the decimal mark is a fifth; none of them a letter, digit, CR or LF (the segment tags and the
    /// line breaks between segments must stay readable).
    /// </summary>
    public bool AreUsable()
    {
        ReadOnlySpan<char> functional = [ComponentSeparator, ElementSeparator, ReleaseCharacter, SegmentTerminator, DecimalMark];
        for (var i = 0; i < functional.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(functional[i]) || functional[i] is '\r' or '\n')
            {
                return false;
            }

            for (var j = i + 1; j < functional.Length; j++)
            {
                if (functional[i] == functional[j])
                {
                    return false;
                }
            }
        }

        return Reserved is not ('\r' or '\n');
    }
}
