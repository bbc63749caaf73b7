namespace Strangler.Edifact.Syntax;

/// <summary>The character repertoires a UNB syntax identifier may name (edifact.md, "Input syntax").</summary>
public enum Repertoire
{
    /// <summary><c>A-Z 0-9</c>, space and <c>. , - ( ) / = ' + : ? ! " % &amp; * ; &lt; &gt;</c>.</summary>
    Unoa,

    /// <summary>UNOA plus <c>a-z</c>.</summary>
    Unob,

    /// <summary>U+0020–U+007E and U+00A0–U+00FF.</summary>
    Unoc,
}

/// <summary>Reading syntax identifiers and testing characters against a repertoire.</summary>
public static class Repertoires
{
    public static bool TryParse(string? syntaxIdentifier, out Repertoire repertoire)
    {
        switch (syntaxIdentifier)
        {
            case "UNOA": repertoire = Repertoire.Unoa; return true;
            case "UNOB": repertoire = Repertoire.Unob; return true;
            case "UNOC": repertoire = Repertoire.Unoc; return true;
            default: repertoire = Repertoire.Unoc; return false;
        }
    }

    public static bool Allows(this Repertoire repertoire, char c) => repertoire switch
    {
        Repertoire.Unoa => IsUnoa(c),
        Repertoire.Unob => IsUnoa(c) || c is >= 'a' and <= 'z',
        _ => c is (>= '\u0020' and <= '\u007E') or (>= '\u00A0' and <= '\u00FF'),
    };

    public static bool AllowsAll(this Repertoire repertoire, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!repertoire.Allows(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnoa(char c) =>
        c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ' or '.' or ',' or '-' or '(' or ')' or '/' or '=' or '\''
            or '+' or ':' or '?' or '!' or '"' or '%' or '&' or '*' or ';' or '<' or '>';
}
