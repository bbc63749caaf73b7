using System.Text;

namespace Strangler.Legacy.History.Parties;

/// <summary>
/// Makes names and addresses safe for every interface at once: upper case, the characters Cargo-IMP
/// allows (A–Z, digits, space, <c>. , -</c>) plus <c>&amp; ( ) /</c> where EDIFACT and XML take them, cut to a length.
/// </summary>
public static class PartyText
{
    public static string Clean(string text, int maxLength, bool cargoImp = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var lastSpace = true;
        foreach (var raw in text)
        {
            var c = char.ToUpperInvariant(raw);
            var allowed = c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or ',' or '-'
                || (!cargoImp && c is '&' or '(' or ')' or '/');
            if (!allowed)
            {
                c = ' ';
            }

            if (c == ' ' && lastSpace)
            {
                continue;
            }

            builder.Append(c);
            lastSpace = c == ' ';
        }

        var clean = builder.ToString().Trim();
        if (clean.Length > maxLength)
        {
            clean = clean[..maxLength].TrimEnd(' ', ',', '-', '.');
        }

        return clean.Length == 0 ? "X" : clean;
    }
}
