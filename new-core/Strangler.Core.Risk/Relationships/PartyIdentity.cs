using System.Text;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Relationships;

/// <summary>How parties and addresses are compared: BR number when known, else normalised name and country.</summary>
public static class PartyIdentity
{
    public static string Of(SubjectParty party) =>
        party.BrNumber is { Length: > 0 } br ? "BR:" + br : "N:" + Normalise(party.Name) + "|" + party.Country;

    public static string? AddressOf(SubjectParty party) =>
        party.Address is null ? null : Normalise(party.Address) is { Length: > 0 } a ? a + "|" + party.Country : null;

    /// <summary>Upper-case letters and digits, runs of anything else collapsed to one space.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToUpperInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }

        return sb.ToString();
    }
}
