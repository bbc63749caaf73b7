namespace Strangler.Parity.Rules;

/// <summary>
/// The simple patterns of rule fields: <c>*</c> matches any run of characters (none included), every
/// other character only itself, case-sensitively. Brackets are literal, as in <c>CUSRES[*].ERC</c>.
/// </summary>
internal static class FieldPattern
{
    public static bool Matches(string pattern, string field)
    {
        // Classic glob walk: remember the last star and retry from one character further on a miss.
        int p = 0, f = 0, star = -1, resume = 0;
        while (f < field.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = f;
            }
            else if (p < pattern.Length && pattern[p] == field[f])
            {
                p++;
                f++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                f = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>
    /// The message a field belongs to, so that a rule's condition looks only at its own message:
    /// <c>CUSRES[M1]</c> for <c>CUSRES[M1].ERC</c>, <c>entry 2</c> for <c>entry 2 line 3</c>; empty for
    /// fields of the whole answer (<c>UNZ.1</c>, <c>line 3</c>, <c>AciResponse/Status</c>).
    /// </summary>
    public static string MessageScope(string field)
    {
        var dot = field.IndexOf("].", StringComparison.Ordinal);
        if (dot > 0 && field.IndexOf('[', StringComparison.Ordinal) is var open && open > 0 && open < dot && !field[..open].Contains('/', StringComparison.Ordinal))
        {
            return field[..(dot + 1)];
        }

        if (field.StartsWith("entry ", StringComparison.Ordinal) && field.IndexOf(" line ", StringComparison.Ordinal) is var line && line > 0)
        {
            return field[..line];
        }

        return string.Empty;
    }
}
